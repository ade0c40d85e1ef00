import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DocumentSymbolRequest, ExecuteCommandRequest, FoldingRangeRequest, HoverRequest, SelectionRangeRequest, type DocumentSymbol, type MarkupContent, type Range, type SelectionRange,
} from 'vscode-languageserver-protocol/node';
import { CLEAN, WITH_FAULTS } from './drafts';
import { withDraft } from './harness';
import { tree } from './symbols';

test('the outline has the front matter, sections by their house names, sub-headings, numbered paragraphs, remedies with their deadlines, and the people', async () => {
  const { client, uri } = await withDraft(CLEAN.replace('The complaint\n', 'Complaint\n'));
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.deepEqual(tree(symbols), [
    'Front matter',
    '  Title [Northshire County Council (23 014 552)]',
    '  Category [Adult care services > Charging]',
    '  Decision [Upheld]',
    '  Decision date [14 Mar 2024]',
    '  Status [final decision]',
    '  Summary [Mr B complained the Council charged him for…]',
    'The complaint [Complaint]',
    '  1. The complainant, whom I shall refer to as…',
    '  2. Mr B says the charges caused him financial…',
    "The Ombudsman's role and powers",
    "  3. We investigate complaints about 'maladministration' and 'service failure'.…",
    "  4. If we are satisfied with a council's actions…",
    'How I considered this complaint',
    '  5. I considered the information Mr B and the…',
    '  6. Mr B and the Council had an opportunity…',
    'What I found',
    '  Relevant law and guidance',
    '    7. A council may charge for care and support…',
    '  What happened',
    '    8. The Council arranged four home care visits a…',
    '    9. In June 2023 Mr B told the Council…',
    '    10. The Council invoiced Mr B for every planned…',
    '  Analysis',
    "    11. The Council did not check the provider's invoices…",
    'Agreed action',
    '  12. Within one month of the final decision, the…',
    '    a) apologise to Mr B for charging him for… [apology · Within one month of the final decision · due Sunday 14 Apr 2024]',
    '    b) refund the charges for the missed visits; and [payment · Within one month of the final decision · due Sunday 14 Apr 2024]',
    '    c) pay Mr B £150 for his time and… [payment · Within one month of the final decision · due Sunday 14 Apr 2024]',
    '  13. Within three months of the final decision, the… [training · Within three months of the final decision · due Friday 14 Jun 2024]',
    '  14. The Council should provide us with evidence it… [evidence · no deadline]',
    'Final decision',
    '  15. I have completed my investigation. There was fault…',
    'People',
    '  Mr B [complainant · named 14 times]',
  ]);
  const findings = symbols.find((s) => s.name === 'What I found')!;
  assert.deepEqual([findings.range.start.line, findings.range.end.line, findings.selectionRange.end.character], [30, 46, 12]);
  await client.stop();
});

test('folding ranges cover each section, each sub-heading and each nested list', async () => {
  const { client, uri } = await withDraft(CLEAN);
  const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.deepEqual(ranges!.map((r) => `${r.startLine}-${r.endLine}`), [
    '12-16', '18-22', '24-28', '30-46', // sections before What I found, and What I found
    '32-34', '36-42', '44-46', // its sub-headings
    '48-57', '59-61', // Agreed action, Final decision
    '50-53', // paragraph 12 and its lettered list
  ]);
  await client.stop();
});

test('selection widens from a list item to its paragraph, its section and the document', async () => {
  const { client, uri } = await withDraft(CLEAN);
  const [range] = (await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: [{ line: 52, character: 8 }] })) as SelectionRange[];
  const lines: string[] = [];
  for (let r: SelectionRange | undefined = range; r; r = r.parent) lines.push(`${r.range.start.line}-${r.range.end.line}`);
  assert.deepEqual(lines, ['52-52', '50-53', '48-57', '0-64']);
  await client.stop();
});

test('hovering over a statute citation shows the Act, what the section is for and its legislation.gov.uk address', async () => {
  const { client, uri } = await withDraft(CLEAN);
  const at = client.text(uri).indexOf('section 14)');
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: client.document(uri).positionAt(at + 9) });
  assert.equal((hover!.contents as MarkupContent).value, [
    '**Care Act 2014** (2014 c. 23) · https://www.legislation.gov.uk/ukpga/2014/23/contents',
    '**section 14**: The power to charge for care and support. · https://www.legislation.gov.uk/ukpga/2014/23/section/14',
  ].join('\n\n'));
  await client.stop();
});

test('hovering over a section the Act does not have says so, with no address for it', async () => {
  const { client, uri } = await withDraft(CLEAN.replace('(Care Act 2014, section 14)', '(Care Act 2014, section 170)'));
  const at = client.text(uri).indexOf('section 170)');
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: client.document(uri).positionAt(at + 9) });
  const { value } = hover!.contents as MarkupContent;
  assert.ok(value.endsWith([
    '**Care Act 2014** (2014 c. 23) · https://www.legislation.gov.uk/ukpga/2014/23/contents',
    '**section 170**: There is no section 170 in the Care Act 2014.',
  ].join('\n\n')), value);
  await client.stop();
});

test('hovering over a deadline shows the date it falls due, counted from the decision date', async () => {
  const { client, uri } = await withDraft(CLEAN);
  const at = client.text(uri).indexOf('Within three months');
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: client.document(uri).positionAt(at + 8) });
  assert.equal((hover!.contents as MarkupContent).value, '**Due Friday 14 Jun 2024** (2024-06-14): "Within three months of the final decision", counted from the decision date, Thursday 14 Mar 2024.');
  await client.stop();
});

test('hovering over a pseudonym says who the letter stands for and where they were introduced', async () => {
  const { client, uri } = await withDraft(CLEAN);
  const text = client.text(uri);
  const at = text.indexOf('Mr B says');
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: client.document(uri).positionAt(at + 3) });
  const introduced = text.slice(0, text.indexOf('whom I shall refer to as Mr B')).split('\n').length;
  const times = text.split(/Mr[ \u00A0]B\b/).length - 1;
  assert.equal((hover!.contents as MarkupContent).value, `**Mr B**: the complainant, first named on line ${introduced}; named ${times} times.`);
  await client.stop();
});

test('hovering over a finding shows what its rule checks, with a link to its page', async () => {
  const { client, uri } = await withDraft(WITH_FAULTS);
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 20 } });
  const { value } = hover!.contents as MarkupContent;
  assert.match(value, /^\*\*front-matter-date\*\*: The Decision date line is missing, is not a real date, or is not written DD Mon YYYY\. \[Documentation\]\(file:\/\/.*front-matter-date\.md\)$/);
  assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 20, character: 5 } }), null);
  await client.stop();
});

test('the remedies command lists each agreed action with its kind, amounts, deadline and due date', async () => {
  const { client, uri } = await withDraft(CLEAN);
  const remedies = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'decision-lint.remedies', arguments: [uri] })) as { text: string; kind: string; amounts: string[]; deadline?: string; due?: string; range: Range }[];
  assert.deepEqual(remedies.map((r) => [r.kind, r.amounts, r.due, r.range.start.line]), [
    ['apology', [], '2024-04-14', 51],
    ['payment', [], '2024-04-14', 52],
    ['payment', ['£150'], '2024-04-14', 53],
    ['training', [], '2024-06-14', 55],
    ['evidence', [], undefined, 57],
  ]);
  assert.equal(remedies[2]!.text, 'pay Mr B £150 for his time and trouble.');
  await client.stop();
});
