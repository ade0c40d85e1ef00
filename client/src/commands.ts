import * as vscode from 'vscode';
import { activeDraft, applyCodeAction, wholeDocument } from './edits';
import { FIX_ALL_KIND, LANGUAGE_ID, SERVER_COMMANDS } from './ids';

/** "Fix all problems": the server's `source.fixAll.decision-lint` action, the same one fix on save runs. */
export async function fixAll(): Promise<boolean> {
  const editor = activeDraft();
  if (editor === undefined) return false;
  const { document } = editor;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, wholeDocument(document), FIX_ALL_KIND);
  const [action] = actions;
  if (action === undefined) {
    void vscode.window.showInformationMessage('Decision Lint: nothing to fix automatically.');
    return false;
  }
  return applyCodeAction(action);
}

/**
 * "Renumber paragraphs": the server's `decision-lint.renumber` command, which vscode-languageclient
 * registers under its own name; the server applies the edit through `workspace/applyEdit`.
 */
export async function renumber(): Promise<boolean> {
  const editor = activeDraft();
  if (editor === undefined) return false;
  const { document } = editor;
  const changed = await vscode.commands.executeCommand<boolean>(SERVER_COMMANDS.renumber, document.uri.toString(), document.version);
  if (!changed) void vscode.window.showInformationMessage('Decision Lint: the paragraphs are already numbered in order.');
  return changed;
}

/** For a draft saved under another name; VS Code keeps the choice for as long as the file is open. */
export async function treatAsDecision(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined) return;
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}
