import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancellationTokenSource, DidChangeConfigurationNotification, DocumentSymbolRequest, HoverRequest, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { CLEAN, WITH_FAULTS } from './drafts';
import { fileUri, tempFolder, TestClient } from './harness';

test('a 50 MB document is refused with one clear diagnostic, and the server goes on answering', async () => {
  const client = await TestClient.start();
  const root = tempFolder();
  const huge = fileUri(root, 'huge.decision.txt');
  await client.open(huge, CLEAN.repeat(Math.ceil((50 * 1024 * 1024) / CLEAN.length)));
  const [notice, ...rest] = await client.diagnostics(huge);
  assert.deepEqual(rest, []);
  assert.equal(notice!.message, 'decision-lint did not lint this document: it is larger than 10 MB, the limit for a draft.');
  assert.deepEqual(notice!.range.start, { line: 0, character: 0 });
  assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: huge } }), []);
  const draft = fileUri(root, 'draft.decision.txt');
  await client.open(draft, WITH_FAULTS);
  assert.equal((await client.diagnostics(draft)).length, 2);
  assert.equal(client.logs.filter((l) => l.includes('larger than 10 MB')).length, 1, 'logged once');
  await client.stop();
});

test('a binary document is refused with one clear diagnostic', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'word.decision.txt');
  await client.open(uri, 'PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml');
  const diagnostics = await client.diagnostics(uri);
  assert.deepEqual(diagnostics.map((d) => d.message), ['decision-lint did not lint this document: it looks like a binary file (a Word document?), not a plain-text draft.']);
  assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } }), null);
  await client.stop();
});

test('a client that never answers workspace/configuration still gets diagnostics, with the default settings', async () => {
  const client = await TestClient.start({ settings: 'silent' });
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, WITH_FAULTS);
  assert.equal((await client.diagnostics(uri)).length, 2);
  assert.ok(client.logs.some((l) => l.startsWith('The editor did not answer workspace/configuration')));
  await client.stop();
});

test('a cancelled request is answered as cancelled, and the next one is answered', async () => {
  const client = await TestClient.start({ settings: {} });
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, CLEAN);
  // With the settings changed, the server asks the editor for them again before it can answer, and the
  // editor answers only once the cancellation is sent: the server has read it by the time it could
  // answer. Without holding the answer, the server could have its settings, and answer, before the
  // cancellation arrived, as it did under load when the editor advertised no settings to ask for.
  const release = client.holdConfiguration();
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  const source = new CancellationTokenSource();
  const cancelled = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, source.token);
  source.cancel();
  release();
  await assert.rejects(cancelled, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
  const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.equal(symbols!.length, 8, "front matter, six sections and the people");
  await client.stop();
});

test('rapid edits across several documents leave each with the diagnostics of its last version, and nothing unhandled', async () => {
  const client = await TestClient.start();
  const root = tempFolder();
  const uris = [0, 1, 2].map((i) => fileUri(root, `d${i}.decision.txt`));
  for (const uri of uris) await client.open(uri, CLEAN);
  for (let round = 0; round < 30; round++) {
    for (const uri of uris) void client.replace(uri, round % 2 === 0 ? '14 Mar 2024' : '14 March 2024', round % 2 === 0 ? '14 March 2024' : '14 Mar 2024');
  }
  for (const uri of uris) assert.deepEqual(await client.diagnostics(uri), []);
  assert.deepEqual(client.logs.filter((l) => /unhandled|failed/i.test(l)), []);
  await client.stop();
});
