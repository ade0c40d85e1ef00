import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './ids';

/**
 * "Open rule documentation": the page the server linked from a finding (its `codeDescription`), shown
 * as a Markdown preview when it is a page inside the extension. Without an argument, asks which of
 * the active draft's findings to explain.
 */
export async function openRuleDocumentation(target?: string | vscode.Uri): Promise<void> {
  const uri = target === undefined ? await pickFromFindings() : typeof target === 'string' ? vscode.Uri.parse(target) : target;
  if (uri === undefined) return;
  if (uri.scheme === 'file') await vscode.commands.executeCommand('markdown.showPreview', uri);
  else await vscode.env.openExternal(uri);
}

async function pickFromFindings(): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const pages = new Map<string, vscode.Uri>();
  for (const d of document === undefined ? [] : vscode.languages.getDiagnostics(document.uri)) {
    if (d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'object') pages.set(String(d.code.value), d.code.target);
  }
  if (pages.size === 0) {
    void vscode.window.showInformationMessage('Decision Lint: the active editor has no findings. Every rule has a page in docs/rules/.');
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick([...pages.keys()].sort(), { title: 'Open rule documentation', placeHolder: 'A rule with findings in this draft' });
  return chosen === undefined ? undefined : pages.get(chosen);
}
