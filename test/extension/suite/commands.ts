import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, openFile, withCopyOf } from './drafts';
import { test } from './runner';
import { findingsWhen, hasRule, lacksRule, when } from './waits';

test('"Treat file as decision" turns a plain-text file into a draft that gets findings', async () => {
  const { document } = await openFile('notes.txt');
  assert.equal(document.languageId, 'plaintext');
  await vscode.commands.executeCommand('decisionLint.treatAsDecision');
  const changed = await when(vscode.workspace.onDidOpenTextDocument, () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString() && d.languageId === LANGUAGE_ID), 'the language to change');
  await findingsWhen(changed.uri, hasRule('section-missing'), 'a section-missing finding');
});

test('"Renumber paragraphs" closes the numbering gap', async () => {
  await withCopyOf('draft.decision.txt', async ({ document }) => {
    await findingsWhen(document.uri, hasRule('numbering-gap'), 'a numbering-gap finding');
    assert.equal(await vscode.commands.executeCommand('decisionLint.renumberParagraphs'), true);
    await findingsWhen(document.uri, lacksRule('numbering-gap'), 'the numbering-gap finding to go');
    assert.ok(document.getText().includes('\n4. I considered Mr B'));
  });
});

test('the server lists the remedies with their due dates for "Show remedies"', async () => {
  const { document } = await openFile('draft.decision.txt');
  await vscode.commands.executeCommand('decisionLint.showRemedies');
  const remedies = await vscode.commands.executeCommand<{ text: string; due?: string }[]>('decision-lint.remedies', document.uri.toString());
  assert.ok(remedies.some((r) => /apologise/.test(r.text) && r.due === '2023-12-14'), JSON.stringify(remedies));
});

test('"Open rule documentation" shows the rule page the finding links to', async () => {
  const { document } = await openFile('draft.decision.txt');
  const found = await findingsWhen(document.uri, hasRule('web-clutter'), 'a web-clutter finding');
  const target = found.map((d) => d.code).find((c): c is { value: string; target: vscode.Uri } => typeof c === 'object' && c.value === 'web-clutter')!.target;
  await vscode.commands.executeCommand('decisionLint.openRuleDocumentation', target);
  const tab = await when(vscode.window.tabGroups.onDidChangeTabs, () => {
    const active = vscode.window.tabGroups.activeTabGroup.activeTab;
    return active?.input instanceof vscode.TabInputWebview && /markdown/.test(active.input.viewType) ? active : undefined;
  }, 'the Markdown preview of the rule page');
  assert.match(tab.label, /web-clutter/);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('"Restart server" brings the server back, and it lints again', async () => {
  await withCopyOf('draft.decision.txt', async ({ document }) => {
    await findingsWhen(document.uri, hasRule('numbering-gap'), 'a numbering-gap finding');
    await vscode.commands.executeCommand('decisionLint.restartServer');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'Back to top\n');
    await vscode.workspace.applyEdit(edit);
    await findingsWhen(document.uri, (found) => found.filter((d) => d.range.start.line === 0).length > 0, 'a finding on the new first line');
  });
});
