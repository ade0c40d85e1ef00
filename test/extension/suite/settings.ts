import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, newLineAfter, withCopyOf, workspaceFile } from './drafts';
import { test } from './runner';
import { findingsWhen, hasRule, lacksRule } from './waits';

async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('decisionLint').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

test('a severity setting takes effect at once, without a reload', async () => {
  await withCopyOf('draft.decision.txt', async ({ document }) => {
    await findingsWhen(document.uri, hasRule('numbering-gap'), 'a numbering-gap finding');
    try {
      await setRules({ 'numbering-gap': 'off' });
      await findingsWhen(document.uri, lacksRule('numbering-gap'), 'numbering-gap to be switched off');
    } finally {
      await setRules(undefined);
    }
    await findingsWhen(document.uri, hasRule('numbering-gap'), 'numbering-gap to come back');
  });
});

test('switching decisionLint.enable off clears the findings, and on brings them back', async () => {
  await withCopyOf('draft.decision.txt', async ({ document }) => {
    await findingsWhen(document.uri, hasRule('numbering-gap'), 'a numbering-gap finding');
    const settings = vscode.workspace.getConfiguration('decisionLint');
    try {
      await settings.update('enable', false, vscode.ConfigurationTarget.Workspace);
      await findingsWhen(document.uri, (found) => found.length === 0, 'the findings to clear');
    } finally {
      await settings.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await findingsWhen(document.uri, hasRule('numbering-gap'), 'the findings to come back');
  });
});

test("decisionLint.paragraphLibrary gives the server's completion and the insert command an office's own paragraphs", async () => {
  await withCopyOf('draft.decision.txt', async (editor) => {
    const settings = vscode.workspace.getConfiguration('decisionLint');
    await settings.update('paragraphLibrary', 'office-paragraphs.json', vscode.ConfigurationTarget.Workspace);
    try {
      const at = await newLineAfter(editor, 'as amended)');
      await editor.edit((edit) => edit.insert(at, '4. '));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at.translate(0, 3));
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('Welsh language request'), `the office's paragraph among: ${labels.join(' | ')}`);
      assert.equal(await vscode.commands.executeCommand('decisionLint.insertStandardParagraph', 'office-welsh-language'), true);
      assert.equal(editor.document.lineAt(editor.selection.active.line).text, '4. We can provide this statement in Welsh on request.');
    } finally {
      await settings.update('paragraphLibrary', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

test('with editor.codeActionsOnSave set to source.fixAll.decision-lint, saving a draft fixes it', async () => {
  const uri = workspaceFile('saved-with-fixes.decision.txt');
  await vscode.workspace.fs.copy(workspaceFile('draft.decision.txt'), uri, { overwrite: true });
  const editorSettings = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
  await editorSettings.update('codeActionsOnSave', { 'source.fixAll.decision-lint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
  try {
    const { document } = await vscode.window.showTextDocument(uri);
    await findingsWhen(uri, hasRule('web-clutter'), 'the web-clutter finding');
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.ok(!document.getText().includes('Back to top'));
    assert.ok(!document.isDirty);
  } finally {
    await editorSettings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  }
});
