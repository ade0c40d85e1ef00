import { ErrorCodes, LSPErrorCodes, ResponseError, type ExecuteCommandParams } from 'vscode-languageserver/node';
import { changedRegionEdit, workspaceEdit } from '../convert/edits';
import type { Services } from '../services';
import { remedyList, type ListedRemedy } from './remedy-list';
import { renumbered } from './renumber';

/** Opens a rule's page; the argument is its URL. A client may also run it itself. */
export const OPEN_RULE_DOCS = 'decision-lint.openRuleDocs';
/** Renumbers a draft's paragraphs and the references to them; arguments: its URI and version. */
export const RENUMBER = 'decision-lint.renumber';

/** A draft's agreed actions with their deadlines and due dates; argument: its URI. */
export const REMEDIES = 'decision-lint.remedies';

export const COMMANDS = [OPEN_RULE_DOCS, RENUMBER, REMEDIES];

export function executeCommand(services: Services, params: ExecuteCommandParams): Promise<unknown> {
  const [first, second] = params.arguments ?? [];
  if (params.command === OPEN_RULE_DOCS && typeof first === 'string') return openRuleDocs(services, first);
  if (params.command === RENUMBER && typeof first === 'string') return renumber(services, first, typeof second === 'number' ? second : undefined);
  if (params.command === REMEDIES && typeof first === 'string') return remedies(services, first);
  return Promise.resolve(new ResponseError(ErrorCodes.InvalidParams, `Unknown command or arguments: ${params.command}`));
}

async function openRuleDocs(services: Services, url: string): Promise<void> {
  if (!services.client.showDocument) {
    services.log.info(`Rule documentation: ${url}`);
    return;
  }
  // The page is Markdown inside the installed package: the editor itself shows it best.
  const shown = await services.connection.window.showDocument({ uri: url, takeFocus: true });
  if (!shown.success) services.log.warn(`The editor could not open ${url}`);
}

/** Null for a document that is not open or could not be linted. */
async function remedies(services: Services, uri: string): Promise<ListedRemedy[] | null> {
  const model = (await services.analyses.current(uri))?.result?.model;
  return model === undefined ? null : remedyList(model);
}

/** Applied through `workspace/applyEdit`; answers whether anything changed. */
async function renumber(services: Services, uri: string, version: number | undefined): Promise<boolean | ResponseError<void>> {
  const analysis = await services.analyses.current(uri);
  const model = analysis?.result?.model;
  if (analysis === undefined || model === undefined) return new ResponseError(ErrorCodes.InvalidParams, `${uri} is not an open draft that could be linted.`);
  if (version !== undefined && version !== analysis.version) return new ResponseError(LSPErrorCodes.ContentModified, 'The draft changed since the command was given.');
  const output = renumbered(model, analysis.context.config);
  if (output === model.text) return false;
  const edit = workspaceEdit(uri, analysis.version, [changedRegionEdit(model, output)], services.client.versionedEdits);
  const result = await services.connection.workspace.applyEdit({ label: 'Renumber paragraphs', edit });
  if (!result.applied) services.log.warn(`The editor did not apply the renumbering: ${result.failureReason ?? 'no reason given'}`);
  return result.applied;
}
