import * as vscode from 'vscode';

export const LANGUAGE_ID = 'ombudsman-decision';

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, name);
}

export async function openFile(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

/**
 * Runs `body` on an unsaved copy of a workspace draft, so that tests may edit it freely, and closes
 * the copy afterwards without saving.
 */
export async function withCopyOf(name: string, body: (editor: vscode.TextEditor) => Promise<void>): Promise<void> {
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(name)));
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
  const editor = await vscode.window.showTextDocument(document);
  try {
    await body(editor);
  } finally {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** The position just inside the first occurrence of `text`, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const at = document.getText().indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in ${document.uri.toString()}`);
  return document.positionAt(at + offset);
}

/** Puts the cursor at the start of a new empty line after the line holding `text`. */
export async function newLineAfter(editor: vscode.TextEditor, text: string): Promise<vscode.Position> {
  const line = positionOf(editor.document, text).line;
  const end = editor.document.lineAt(line).range.end;
  await editor.edit((edit) => edit.insert(end, '\n\n'));
  const cursor = new vscode.Position(line + 2, 0);
  editor.selection = new vscode.Selection(cursor, cursor);
  return cursor;
}
