import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentDiagnosticRequest, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { CLEAN, WITH_FAULTS, WITH_GAP } from './drafts';
import { fileUri, tempFolder, TestClient } from './harness';

test('diagnostics are pushed on open with source, rule id, documentation link, severity and related places', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'gap.decision.txt');
  await client.open(uri, WITH_GAP);
  const [gap, reference] = await client.diagnostics(uri);
  assert.equal(gap!.source, 'decision-lint');
  assert.equal(gap!.code, 'numbering-gap');
  assert.match(gap!.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/numbering-gap\.md$/);
  assert.equal(gap!.severity, 1);
  assert.equal(gap!.message, 'Paragraph 10 follows paragraph 8: number 9 is missing.');
  assert.deepEqual(gap!.range, { start: { line: 40, character: 0 }, end: { line: 40, character: 3 } });
  assert.deepEqual(gap!.relatedInformation, [{ location: { uri, range: { start: { line: 38, character: 0 }, end: { line: 38, character: 2 } } }, message: 'Paragraph 8 is here.' }]);
  assert.equal(reference!.code, 'numbering-reference');
  assert.equal(reference!.severity, 2);
  await client.stop();
});

test('an edit to the unsaved buffer is linted, and closing the document clears its diagnostics', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'edit.decision.txt');
  await client.open(uri, CLEAN);
  assert.deepEqual(await client.diagnostics(uri), []);
  await client.replace(uri, '14 Mar 2024', '14 March 2024');
  assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['front-matter-date']);
  await client.close(uri);
  await client.until('diagnostics cleared', () => (client.published.at(-1)?.uri === uri && client.published.at(-1)!.diagnostics.length === 0 ? true : undefined));
  await client.stop();
});

test('a burst of edits is coalesced and linted for its last version; no older version is published after a newer one', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'burst.decision.txt');
  await client.open(uri, CLEAN);
  await client.diagnostics(uri);
  const before = client.published.length;
  const typed = ' The Council has since apologised.';
  for (const character of typed) {
    const at = client.text(uri).indexOf(' Mr B paid for care') ;
    const position = client.document(uri).positionAt(at);
    void client.edit(uri, [{ range: { start: position, end: position }, newText: character }]);
  }
  await client.replace(uri, '14 Mar 2024', '14 March 2024');
  const final = client.document(uri).version;
  assert.deepEqual((await client.diagnostics(uri)).map((d) => d.code), ['front-matter-date']);
  const versions = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version!);
  assert.ok(versions.length < typed.length / 2, `${typed.length + 1} edits gave ${versions.length} lints`);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions only go forward');
  assert.equal(versions.at(-1), final);
  await client.stop();
});

test('a client that pulls gets diagnostics from textDocument/diagnostic and none pushed', async () => {
  const client = await TestClient.start({ pull: true });
  const uri = fileUri(tempFolder(), 'pull.decision.txt');
  await client.open(uri, WITH_FAULTS);
  const pull = async () => (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  const report = await pull();
  assert.equal(report.kind, 'full');
  assert.deepEqual(report.items.map((d) => [d.code, d.source]), [['front-matter-date', 'decision-lint'], ['front-matter-status', 'decision-lint']]);
  await client.replace(uri, '14 March 2024', '14 Mar 2024');
  assert.deepEqual((await pull()).items.map((d) => d.code), ['front-matter-status']);
  await client.stop();
  assert.deepEqual(client.published.filter((p) => p.uri === uri), []);
});
