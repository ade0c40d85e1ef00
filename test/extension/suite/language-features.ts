import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { newLineAfter, openFile, withCopyOf } from './drafts';
import { test } from './runner';
import { findingsWhen } from './waits';

test('the outline nests numbered paragraphs under the house sections', async () => {
  const { document } = await openFile('draft.decision.txt');
  await findingsWhen(document.uri, (found) => found.length > 0, 'the first findings');
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
  const all = flatten(symbols);
  const complaint = all.find((s) => s.name === 'The complaint');
  assert.ok(complaint, `a "The complaint" symbol among: ${all.map((s) => s.name).join(' | ')}`);
  assert.ok(complaint.children.some((c) => c.name.startsWith('1')), 'paragraph 1 is under The complaint');
  assert.ok(all.some((s) => s.name === 'Agreed action'));
});

test('completion at the start of a line offers the house headings', async () => {
  await withCopyOf('draft.decision.txt', async (editor) => {
    const at = await newLineAfter(editor, 'Ms C could afford');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('Agreed action'), `"Agreed action" among: ${labels.join(' | ')}`);
  });
});

test('the "Fault and injustice" snippet inserts the standard paragraph with its citation', async () => {
  await withCopyOf('draft.decision.txt', async (editor) => {
    await newLineAfter(editor, 'as amended)');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'ombudsman-decision', name: 'Fault and injustice' });
    const inserted = editor.document.lineAt(editor.selection.active.line).text;
    assert.match(inserted, /^We investigate complaints about 'maladministration'.* \(Local Government Act 1974, sections 26\(1\) and 26A\(1\), as amended\)$/);
  });
});

test('"Insert standard paragraph..." inserts a library paragraph with its citation', async () => {
  await withCopyOf('draft.decision.txt', async (editor) => {
    await newLineAfter(editor, 'as amended)');
    assert.equal(await vscode.commands.executeCommand('decisionLint.insertStandardParagraph', 'limits-late-complaint'), true);
    const inserted = editor.document.lineAt(editor.selection.active.line).text;
    assert.match(inserted, /^We cannot investigate late complaints .* \(Local Government Act 1974, sections 26B and 34D, as amended\)$/);
  });
});

test('"Insert standard paragraph..." from the editor\'s context menu, which passes the document\'s URI, opens the picker', async () => {
  await withCopyOf('draft.decision.txt', async (editor) => {
    await newLineAfter(editor, 'as amended)');
    const inserting = vscode.commands.executeCommand('decisionLint.insertStandardParagraph', editor.document.uri);
    // The picker is open when accepting its first item inserts a paragraph; an error would have returned false at once.
    await new Promise((done) => setTimeout(done, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal(await inserting, true);
    assert.notEqual(editor.document.lineAt(editor.selection.active.line).text, '');
  });
});

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}
