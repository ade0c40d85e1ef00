import { ErrorCodes, ResponseError, TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../node/config-loader';
import { workspaceEdit } from './convert/edits';
import { offsetOf } from './convert/ranges';
import { codeActions } from './features/code-actions';
import { executeCommand } from './features/commands';
import { completions } from './features/completion';
import { definition, documentLinks, prepareRename, references, rename } from './features/cross-references';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { outline } from './features/outline';
import { selectionRanges } from './features/selection';
import { Session } from './session';
import { fileURLToPath } from 'node:url';

/**
 * Wires the protocol to the features. Every request handler does the same three things: get the
 * document's analysis, call a feature with its model, and return the converted result.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let session: Session | undefined;
  let shutDown = false;
  const ready = (): Session => {
    if (session === undefined) throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The client has not sent initialize.');
    return session;
  };
  // After shutdown the protocol allows only exit: a request gets InvalidRequest, a notification is dropped.
  const serving = (): Session => {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server has been shut down; only exit is expected.');
    return ready();
  };
  connection.onShutdown(() => {
    shutDown = true;
  });

  connection.onInitialize((params) => {
    session = new Session(connection, documents, params);
    return session.initializeResult();
  });
  connection.onInitialized(() => ready().register());

  documents.onDidOpen((e) => shutDown || ready().diagnostics.opened(e.document.uri));
  documents.onDidChangeContent((e) => shutDown || ready().diagnostics.changed(e.document.uri).catch(ready().logFailure('Linting after a change')));
  documents.onDidSave((e) => shutDown || ready().diagnostics.saved(e.document.uri));
  documents.onDidClose((e) => ready().closed(e.document.uri));
  connection.onDidChangeWatchedFiles((params) => {
    if (shutDown) return;
    const session = ready();
    const uris = params.changes.map((c) => c.uri);
    const changed = uris.some((uri) => uri.endsWith(`/${CONFIG_FILE_NAME}`)) ? Promise.resolve(true) : profileFileChanged(session, uris);
    changed.then((yes) => (yes ? session.reconfigure() : undefined)).catch(session.logFailure('Reloading the config'));
  });
  connection.onDidChangeConfiguration((params) => {
    if (!shutDown) ready().reconfigure(params.settings ?? null).catch(ready().logFailure('Reloading the settings'));
  });

  connection.languages.diagnostics.on((params, token) => serving().diagnostics.answerPull(params, token));
  connection.onExecuteCommand((params) => executeCommand(serving().services, params));
  connection.onCodeAction((params, token) => serving().withModel(params.textDocument.uri, token, [], (model, analysis) => codeActions(ready().services, analysis, model, params)));
  connection.onDocumentSymbol((params, token) => serving().withModel(params.textDocument.uri, token, [], outline));
  connection.onFoldingRanges((params, token) => serving().withModel(params.textDocument.uri, token, [], foldingRanges));
  connection.onSelectionRanges((params, token) => serving().withModel(params.textDocument.uri, token, [], (model) => selectionRanges(model, params.positions)));
  connection.onHover((params, token) => serving().withModel(params.textDocument.uri, token, null, (model, analysis) => hover(analysis, model, offsetOf(model, params.position))));
  connection.onDocumentLinks((params, token) => serving().withModel(params.textDocument.uri, token, [], (model) => documentLinks(model, params.textDocument.uri)));
  connection.onDefinition((params, token) =>
    serving().withModel(params.textDocument.uri, token, [], (model) => definition(model, params.textDocument.uri, offsetOf(model, params.position))),
  );
  connection.onReferences((params, token) =>
    serving().withModel(params.textDocument.uri, token, [], (model) => references(model, params.textDocument.uri, offsetOf(model, params.position), params.context.includeDeclaration)),
  );
  connection.onPrepareRename((params, token) => serving().withModel(params.textDocument.uri, token, null, (model) => prepareRename(model, offsetOf(model, params.position))));
  connection.onRenameRequest((params, token) =>
    serving().withModel(params.textDocument.uri, token, null, (model, analysis) => {
      const edits = rename(model, offsetOf(model, params.position), params.newName);
      return Array.isArray(edits) ? workspaceEdit(analysis.uri, analysis.version, edits, ready().services.client.versionedEdits) : edits;
    }),
  );
  connection.onCompletion((params, token) =>
    serving().withModel(params.textDocument.uri, token, [], (model, analysis) =>
      completions(model, offsetOf(model, params.position), analysis.context.paragraphs, ready().services.client.snippets),
    ),
  );

  documents.listen(connection);
  connection.listen();
}

/** Whether one of the changed files is a profile file that a document's config reads. */
async function profileFileChanged(session: Session, uris: readonly string[]): Promise<boolean> {
  const paths = uris.filter((uri) => uri.startsWith('file:') && uri.endsWith('.json')).map((uri) => fileURLToPath(uri));
  const reads = await Promise.all(paths.map((path) => session.services.contexts.readsProfileFile(path)));
  return reads.includes(true);
}
