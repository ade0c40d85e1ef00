import * as vscode from 'vscode';
import { LANGUAGE_ID } from './ids';

/** The draft in the active editor, or undefined after telling the person why nothing happened. */
export function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === LANGUAGE_ID) return editor;
  void vscode.window.showInformationMessage('Open a decision statement first (or use "Decision Lint: Treat File as Decision").');
  return undefined;
}

/** Applies what the server sent as a code action: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<boolean> {
  if (action.edit !== undefined && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command !== undefined) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}

export function wholeDocument(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(0, 0, document.lineCount, 0);
}
