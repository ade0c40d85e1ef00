import * as vscode from 'vscode';
import { builtInParagraphs, loadParagraphs, ParagraphLibraryError, type StandardParagraph } from '../../server/src/core/paragraphs/library';
import { activeDraft } from './edits';
import { SETTINGS } from './ids';

/**
 * "Insert standard paragraph...": a quick pick of the paragraph library by theme, inserted as a snippet
 * at the cursor. An `id` string picks an entry without asking, for keybindings and tests; from the
 * editor's context menu the argument is the document's URI, which asks as the Command Palette does.
 */
export async function insertStandardParagraph(argument?: unknown): Promise<boolean> {
  const id = typeof argument === 'string' ? argument : undefined;
  const editor = activeDraft();
  if (editor === undefined) return false;
  const paragraphs = await libraryFor(editor.document);
  if (paragraphs === undefined) return false;
  const chosen = id === undefined ? await pick(paragraphs) : paragraphs.find((p) => p.id === id);
  if (chosen === undefined) {
    if (id !== undefined) void vscode.window.showErrorMessage(`Decision Lint: the paragraph library has no entry "${id}".`);
    return false;
  }
  return editor.insertSnippet(new vscode.SnippetString(chosen.snippet));
}

/** The office's library named by `decisionLint.paragraphLibrary` (relative to the workspace folder), else the built-in one. */
async function libraryFor(document: vscode.TextDocument): Promise<StandardParagraph[] | undefined> {
  const setting = vscode.workspace.getConfiguration(SETTINGS, document).get<string>('paragraphLibrary', '').trim();
  if (setting === '') return builtInParagraphs();
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = setting.startsWith('/') || folder === undefined ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder, setting);
  try {
    return loadParagraphs(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), uri.fsPath);
  } catch (error) {
    const reason = error instanceof ParagraphLibraryError ? error.message : `${uri.fsPath}: ${String(error)}`;
    void vscode.window.showErrorMessage(`Decision Lint: the paragraph library in decisionLint.paragraphLibrary cannot be used. ${reason}`);
    return undefined;
  }
}

type Item = vscode.QuickPickItem & { paragraph?: StandardParagraph };

async function pick(paragraphs: readonly StandardParagraph[]): Promise<StandardParagraph | undefined> {
  const themes = [...new Set(paragraphs.map((p) => p.theme))];
  const items = themes.flatMap((theme): Item[] => [
    { label: theme, kind: vscode.QuickPickItemKind.Separator },
    ...paragraphs.filter((p) => p.theme === theme).map((p) => ({ label: p.label, description: p.citation, detail: p.description, paragraph: p })),
  ]);
  const chosen = await vscode.window.showQuickPick(items, { title: 'Insert standard paragraph', placeHolder: 'Type to filter by theme, wording or citation', matchOnDescription: true, matchOnDetail: true });
  return chosen?.paragraph;
}
