import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompletionRequest, type CompletionItem, type CompletionList, type Position, type TextEdit } from 'vscode-languageserver-protocol/node';
import { cut } from '../helpers/drafts';
import { CLEAN } from './drafts';
import { fileUri, tempFolder, TestClient, type ClientOptions } from './harness';

/** Opens the draft with `typed` inserted on a new line after `after`, and completes at its end. */
async function completeAfter(text: string, after: string, typed: string, options: ClientOptions = {}, files: Record<string, string> = {}): Promise<CompletionItem[]> {
  const client = await TestClient.start(options);
  const uri = fileUri(tempFolder(files), 'draft.decision.txt');
  const at = text.indexOf(after) + after.length;
  await client.open(uri, `${text.slice(0, at)}\n${typed}${text.slice(at)}`);
  const position: Position = { line: client.document(uri).positionAt(at).line + 1, character: typed.length };
  const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionItem[] | CompletionList;
  await client.stop();
  const items = Array.isArray(result) ? result : result.items;
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

const DRAFT_WITHOUT_FINAL_DECISION = cut(CLEAN, 'Final decision\n', "Investigator's decision");

test('on an empty line, the house headings in house order, the ones the draft lacks first, then the sign-off', async () => {
  const items = await completeAfter(DRAFT_WITHOUT_FINAL_DECISION, 'check invoices against visit logs.\n', '');
  assert.deepEqual(items.map((i) => i.label).slice(0, 4), ['What I have investigated', 'My assessment', 'Final decision', 'Parts of the complaint that I did not investigate']);
  assert.equal(items.find((i) => i.label === 'The complaint')!.detail, 'House heading (already in this draft)');
  const labels = items.map((i) => i.label);
  assert.equal(labels[labels.indexOf('Agreed action') + 1], "Investigator's decision on behalf of the Ombudsman");
});

test('a heading typed in part completes to the house heading, replacing what was typed', async () => {
  const items = await completeAfter(DRAFT_WITHOUT_FINAL_DECISION, 'check invoices against visit logs.\n', 'fin');
  assert.deepEqual(items.map((i) => i.label), ['Final decision']);
  const edit = items[0]!.textEdit as TextEdit;
  assert.deepEqual([edit.range.start.character, edit.range.end.character, edit.newText], [0, 3, 'Final decision']);
});

test('after a paragraph number, the paragraph library by theme, the entries for the section the cursor is in first', async () => {
  const items = await completeAfter(CLEAN, 'I considered any comments received before making a final decision.\n', '7. I consi');
  assert.deepEqual(items.slice(0, 3).map((i) => [i.label, i.detail]), [
    ['Information sharing with Ofsted', 'Evidence and information sharing'],
    ['Information sharing with the Care Quality Commission', 'Evidence and information sharing'],
    ['Comments on the draft decision', 'How I considered this complaint'],
  ]);
  const fault = items.find((i) => i.label === 'Fault and injustice')!;
  assert.equal(fault.detail, 'Role and powers · (Local Government Act 1974, sections 26(1) and 26A(1), as amended)');
  const edit = fault.textEdit as TextEdit;
  assert.deepEqual([edit.range.start.character, edit.range.end.character], [3, 10]);
  assert.match(edit.newText, /^We investigate complaints about 'maladministration' and 'service failure'.* \(Local Government Act 1974, sections 26\(1\) and 26A\(1\), as amended\)$/);
  assert.ok(items.every((i) => i.insertTextFormat === 1), 'plain text for a client without snippets');
});

test('a client that takes snippets gets the entries with their placeholders', async () => {
  const items = await completeAfter(CLEAN, 'check invoices against visit logs.\n', '15. ', { snippets: true });
  const apology = items.find((i) => i.label === 'Apology')!;
  assert.equal(apology.insertTextFormat, 2);
  assert.match((apology.textEdit as TextEdit).newText, /\$\{2:Mr X\}/);
});

test('decisionLint.paragraphLibrary names an office library that completion offers instead', async () => {
  const office = { name: 'Office', paragraphs: [{ id: 'office-visit', kind: 'standard', theme: 'Office', label: 'Site visit', prefix: 'office-visit', description: 'We visited.', body: ['I visited the site on ${1:date}.'] }] };
  const items = await completeAfter(CLEAN, 'visits a week for Mr B from May 2023.\n', '9. ', { settings: { paragraphLibrary: 'office.json' } }, { 'office.json': JSON.stringify(office) });
  assert.deepEqual(items.map((i) => [i.label, (i.textEdit as TextEdit).newText]), [['Site visit', 'I visited the site on date.']]);
});

test('in an empty document, the whole-statement skeletons', async () => {
  const items = await completeAfter('', '', 'stat');
  assert.deepEqual(items.filter((i) => i.detail === 'Whole statement').map((i) => i.label), [
    'Statement: upheld, with agreed action',
    'Statement: upheld, already put right',
    'Statement: not upheld',
    'Statement: closed after initial enquiries',
  ]);
});

test('a heading typed with a curly apostrophe completes, with the apostrophe as typed', async () => {
  const items = await completeAfter(DRAFT_WITHOUT_FINAL_DECISION, 'check invoices against visit logs.\n', 'The Ombudsman\u2019s');
  assert.deepEqual(items.map((i) => [i.label, (i.textEdit as TextEdit).newText]), [['The Ombudsman\u2019s role and powers', 'The Ombudsman\u2019s role and powers']]);
});

test('"Within" typed at the start of a paragraph keeps its capital in the deadline phrase', async () => {
  const items = await completeAfter(CLEAN, 'check invoices against visit logs.\n', '13. Within');
  assert.deepEqual(items.filter((i) => i.detail === 'House deadline').map((i) => (i.textEdit as TextEdit).newText).slice(0, 1), ['Within one month of the final decision']);
});

test('inside Agreed action, the house deadline phrases replace "within" as far as it is typed', async () => {
  const items = await completeAfter(CLEAN, 'check invoices against visit logs.\n', 'The Council will also review its policy with');
  assert.ok(items.length >= 3);
  assert.deepEqual(items.map((i) => i.label).slice(0, 3), ['within one month of the final decision', 'within two months of the final decision', 'within three months of the final decision']);
  const edit = items[0]!.textEdit as TextEdit;
  assert.equal(edit.range.end.character - edit.range.start.character, 'with'.length);
});

test('outside Agreed action, no deadline phrases', async () => {
  const items = await completeAfter(CLEAN, 'visits a week for Mr B from May 2023.\n', 'The carers came with');
  assert.deepEqual(items, []);
});

test('an Act typed in part completes to its name and year from the statute catalogue', async () => {
  const items = await completeAfter(CLEAN, 'visits a week for Mr B from May 2023.\n', 'The Council had duties under the Children and Fa');
  assert.deepEqual(items.map((i) => [i.label, i.detail]), [['Children and Families Act 2014', '2014 c. 6']]);
  const edit = items[0]!.textEdit as TextEdit;
  assert.equal(edit.range.end.character - edit.range.start.character, 'Children and Fa'.length);
});

test('after "section", the sections the catalogue knows of the Act cited just before', async () => {
  const items = await completeAfter(CLEAN, 'visits a week for Mr B from May 2023.\n', 'The Care Act 2014 says in section ');
  assert.ok(items.length > 3);
  assert.ok(items.every((i) => i.detail?.startsWith('Care Act 2014, section ')));
  assert.ok(items.some((i) => i.label === '14'));
});
