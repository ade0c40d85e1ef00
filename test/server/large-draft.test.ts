/**
 * A draft over 100 KB is relinted with what its previous lint remembered: after each kind of edit, and
 * after the server has let that go while the draft sat unused, its diagnostics must be the findings of
 * the core's own lint of the text, made here with none remembered.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateDraft } from '../../scripts/bench/generate-drafts';
import { DocumentSymbolRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { lint } from '../../server/src/core/index';
import { fileUri, tempFolder, TestClient } from './harness';

/** What a finding looks like in the editor: rule, wording and range. */
function shown(d: Diagnostic) {
  return { code: d.code, message: d.message, range: d.range };
}

/** The same, from the core's lint of the text with nothing remembered. */
function freshFindings(text: string) {
  return lint(text).messages.map((m) => ({
    code: m.ruleId,
    message: m.message,
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
  }));
}

test('a large draft edited line by line gets the diagnostics of its text linted afresh', async () => {
  const client = await TestClient.start();
  const root = tempFolder();
  const uri = fileUri(root, 'large.decision.txt');
  const text = generateDraft({ seed: 3, paragraphs: 600 });
  assert.ok(text.length > 100_000, `${text.length} characters`);
  await client.open(uri, text);
  await client.diagnostics(uri);
  const middle = (from: string) => client.text(uri).indexOf(from, client.text(uri).length / 2);
  const edits: { what: string; at: () => number; length: number; newText: string }[] = [
    { what: 'a name typed into a paragraph', at: () => middle('\n1') + 1, length: 0, newText: 'Mrs Jones rang. ' },
    { what: 'a paragraph number changed', at: () => middle('\n2') + 1, length: 1, newText: '7' },
    { what: 'a heading inserted', at: () => middle('\n3') + 1, length: 0, newText: 'Agreed action\n\n' },
    { what: 'a line deleted', at: () => middle('\n4') + 1, length: 4, newText: '' },
    { what: 'a new numbered paragraph at the top', at: () => client.text(uri).search(/^\d+\. /m), length: 0, newText: '1. Mr B complained.\n\n' },
  ];
  const seen = new Set<string>();
  for (const edit of edits) {
    const document = client.document(uri);
    const at = edit.at();
    await client.edit(uri, [{ range: { start: document.positionAt(at), end: document.positionAt(at + edit.length) }, newText: edit.newText }]);
    const edited = await client.diagnostics(uri);
    assert.deepEqual(edited.map(shown), freshFindings(client.text(uri)), edit.what);
    for (const d of edited) seen.add(String(d.code));
  }
  assert.ok(seen.has('personal-data-name'), `the typed name is found (${[...seen].join(', ')})`);
  assert.equal(await client.stop(), 0);
});

/** The server lets a draft's analysis go after ten seconds unused (server/src/server/analyses.ts). */
const UNUSED_FOR_MS = 11_000;

test('a large draft left unused answers as before, and its next edit gets the findings of a fresh lint', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'left.decision.txt');
  await client.open(uri, generateDraft({ seed: 5, paragraphs: 600 }));
  await client.diagnostics(uri);
  const outline = () => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  const before = await outline();
  await new Promise((done) => setTimeout(done, UNUSED_FOR_MS));
  assert.deepEqual(await outline(), before, 'the outline, from a lint made afresh');
  await client.replace(uri, 'Ms C', 'Ms Patel');
  assert.deepEqual((await client.diagnostics(uri)).map(shown), freshFindings(client.text(uri)));
  assert.equal(await client.stop(), 0);
});
