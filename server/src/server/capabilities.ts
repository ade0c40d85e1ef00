import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from './features/code-actions';
import { COMMANDS } from './features/commands';
import type { ClientAbilities } from './services';

/** Pull diagnostics when the client can pull; it then never receives pushed ones for its drafts. */
export function usesPull(client: ClientCapabilities): boolean {
  return client.textDocument?.diagnostic !== undefined;
}

export function clientAbilities(client: ClientCapabilities): ClientAbilities {
  return {
    versionedEdits: client.workspace?.workspaceEdit?.documentChanges === true,
    showDocument: client.window?.showDocument?.support === true,
    snippets: client.textDocument?.completion?.completionItem?.snippetSupport === true,
  };
}

export function serverCapabilities(client: ClientCapabilities): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    executeCommandProvider: { commands: COMMANDS },
    documentSymbolProvider: { label: 'decision-lint' },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentLinkProvider: { resolveProvider: false },
    // A client may only be told of prepareRename if it said it can send it.
    renameProvider: client.textDocument?.rename?.prepareSupport === true ? { prepareProvider: true } : true,
    completionProvider: {},
  };
  if (usesPull(client)) capabilities.diagnosticProvider = { identifier: 'decision-lint', interFileDependencies: false, workspaceDiagnostics: false };
  return capabilities;
}
