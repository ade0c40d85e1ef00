import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { fix as fixAll, type DecisionModel, type Fix, type LintMessage } from '../../core';
import { ruleDocUrl } from '../../node/package-info';
import type { Analysis } from '../analyses';
import { changedRegionEdit, toTextEdits, workspaceEdit } from '../convert/edits';
import { offsetOf } from '../convert/ranges';
import type { Services } from '../services';
import { OPEN_RULE_DOCS } from './commands';
import { diagnosticsOf } from './diagnostics';
import { disableForFile, disableForLine } from './directive-edits';

/** The fix-all kind of shared/contracts.md, which editors can run on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.decision-lint`;

/** Findings about directives are fixed by editing the directive, not silenced by another one. */
const NOT_DISABLED_INLINE = new Set(['directive-unused', 'directive-invalid']);

export function codeActions(services: Services, analysis: Analysis, model: DecisionModel, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => only === undefined || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const edit = (fix: Fix) => workspaceEdit(analysis.uri, analysis.version, toTextEdits(model, fix), services.client.versionedEdits);
  const from = offsetOf(model, params.range.start);
  const to = offsetOf(model, params.range.end);
  const diagnostics = diagnosticsOf(analysis);
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  const offerOnce = (key: string, action: () => CodeAction) => {
    if (offered.has(key)) return;
    offered.add(key);
    actions.push(action());
  };
  if (wants(CodeActionKind.QuickFix)) {
    analysis.findings.forEach((finding, i) => {
      if (finding.span.start > to || finding.span.end < from) return;
      const diagnostic = diagnostics[i]!;
      const quickfix = (title: string, isPreferred: boolean, fix: Fix): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: edit(fix) });
      if (finding.fix) actions.push(quickfix(`Fix this ${finding.ruleId} problem`, true, finding.fix));
      for (const suggestion of finding.suggestions ?? []) actions.push(quickfix(suggestion.description, false, suggestion.fix));
      if (!NOT_DISABLED_INLINE.has(finding.ruleId)) {
        const line = finding.line - 1;
        offerOnce(`line ${finding.ruleId} ${line}`, () => quickfix(`Disable ${finding.ruleId} for this line`, false, disableForLine(model, finding.ruleId, line)));
        offerOnce(`file ${finding.ruleId}`, () => quickfix(`Disable ${finding.ruleId} for this file`, false, disableForFile(model, finding.ruleId)));
      }
      offerOnce(`docs ${finding.ruleId}`, () => showDocs(finding, diagnostic));
    });
  }
  if (wants(FIX_ALL_KIND) && (only !== undefined || actions.some((a) => a.isPreferred))) {
    const all = fixAllAction(services, analysis, model);
    if (all) actions.push(all);
  }
  return actions;
}

function showDocs(finding: LintMessage, diagnostic: Diagnostic): CodeAction {
  const title = `Show documentation for ${finding.ruleId}`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: OPEN_RULE_DOCS, arguments: [ruleDocUrl(finding.ruleId)] } };
}

/** Every fix the core would apply with `--fix`, in as many passes as it takes. */
function fixAllAction(services: Services, analysis: Analysis, model: DecisionModel): CodeAction | undefined {
  if (!analysis.findings.some((f) => f.fix)) return undefined;
  const { output } = fixAll(model.text, analysis.context.config);
  if (output === model.text) return undefined;
  return {
    title: 'Fix all decision-lint problems that can be fixed',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(analysis.uri, analysis.version, [changedRegionEdit(model, output)], services.client.versionedEdits),
  };
}
