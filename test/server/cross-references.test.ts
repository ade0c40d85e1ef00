import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CodeActionRequest, DefinitionRequest, ExecuteCommandRequest, DocumentLinkRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest, type CodeAction, type Location,
} from 'vscode-languageserver-protocol/node';
import { REFERENCES_MOVED, WEB_COPY, WITH_GAP, WITH_REFERENCES } from './drafts';
import { fileUri, tempFolder, TestClient, withDraft } from './harness';

/** The position of the `nth` character of the first occurrence of `text`. */
function at(client: TestClient, uri: string, text: string, nth = 0) {
  const offset = client.text(uri).indexOf(text);
  assert.ok(offset >= 0, `"${text}" is in the draft`);
  return client.document(uri).positionAt(offset + nth);
}

const lines = (locations: Location[] | null) => (locations ?? []).map((l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);

test('paragraph references are document links to the paragraph they name', async () => {
  const { client, uri } = await withDraft(WITH_REFERENCES);
  const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
  assert.deepEqual(links!.map((l) => [l.target!.replace(/^.*#/, '#'), l.tooltip]), [
    ['#L39', 'Go to paragraph 8'],
    ['#L43', 'Go to paragraph 10'],
    ['#L47', 'Go to paragraph 11'],
    ['#L51', 'Go to paragraph 12'],
  ]);
  await client.stop();
});

test('go to definition on "paragraph 11" lands on paragraph 11; find references lists every mention', async () => {
  const { client, uri } = await withDraft(WITH_REFERENCES);
  const onReference = at(client, uri, 'paragraph 11', 10);
  // The cursor sits on the digits "11".
  const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: onReference })) as Location[];
  assert.deepEqual(lines(definition), ['46:0-230']);
  const onMarker = { line: 46, character: 1 };
  const withDeclaration = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: onMarker, context: { includeDeclaration: true } });
  assert.deepEqual(lines(withDeclaration), ['46:0-2', `${onReference.line}:${onReference.character}-${onReference.character + 2}`]);
  const paragraph8 = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 38, character: 0 }, context: { includeDeclaration: false } });
  assert.equal(lines(paragraph8).length, 1);
  await client.stop();
});

test('renaming a paragraph number changes the paragraph and every reference to it, and nothing else', async () => {
  const { client, uri } = await withDraft(WITH_REFERENCES);
  const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at(client, uri, 'para 12', 6) });
  assert.deepEqual(prepared && 'placeholder' in prepared ? prepared.placeholder : prepared, '12');
  const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 50, character: 0 }, newName: '20' });
  await client.apply(edit!);
  assert.match(client.text(uri), /^20\. Within one month/m);
  assert.match(client.text(uri), /and para 20 sets out/);
  assert.match(client.text(uri), /^13\. Within three months/m);
  await client.stop();
});

test('rename refuses what is not a paragraph number, a number that is not a number, and a website copy', async () => {
  const { client, uri } = await withDraft(WITH_REFERENCES);
  assert.equal(await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 50, character: 10 } }), null);
  await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 50, character: 0 }, newName: 'twelve' }), /whole number/);
  const web = fileUri(tempFolder(), 'web.decision.txt');
  await client.open(web, WEB_COPY.replace('on the Council’s website.', 'on the Council’s website (see paragraph 1).'));
  await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: web }, position: at(client, web, 'paragraph 1)', 10) }), /restart under each heading/);
  await client.stop();
});

test('the renumber fix for a gap moves every reference along with the paragraphs', async () => {
  const { client, uri } = await withDraft(WITH_GAP);
  const gap = (await client.diagnostics(uri)).find((d) => d.code === 'numbering-gap')!;
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap] } })) as CodeAction[];
  await client.apply(actions.find((a) => a.isPreferred)!.edit!);
  assert.deepEqual(await client.diagnostics(uri), []);
  for (const pattern of REFERENCES_MOVED) assert.match(client.text(uri), pattern);
  await client.stop();
});

test('the renumber command renumbers the whole draft and its references through workspace/applyEdit', async () => {
  const { client, uri } = await withDraft(WITH_GAP.replace('14. The Council should', '16. The Council should'));
  const version = client.document(uri).version;
  assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'decision-lint.renumber', arguments: [uri, version] }), true);
  assert.deepEqual(await client.diagnostics(uri), []);
  assert.deepEqual([...client.text(uri).matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1])), Array.from({ length: 14 }, (_, i) => i + 1));
  for (const pattern of REFERENCES_MOVED) assert.match(client.text(uri), pattern);
  await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'decision-lint.renumber', arguments: [uri, version] }), /changed since/);
  await client.stop();
});
