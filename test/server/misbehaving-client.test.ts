/**
 * What an editor can do wrong, or that goes wrong around it, must leave the server answering or
 * leaving cleanly: broken messages, requests about closed documents, edits faster than it can lint,
 * and an editor that goes away without the shutdown handshake.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CodeActionRequest, CompletionRequest, DocumentSymbolRequest, ErrorCodes, ExecuteCommandRequest, ExitNotification, HoverRequest, ResponseError, ShutdownRequest,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { CLEAN } from './drafts';
import { fileUri, tempFolder, TestClient } from './harness';

const FIRST_PARAGRAPH = { line: 16, character: 3 };

async function answersOutline(client: TestClient, uri: string): Promise<void> {
  const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.equal(symbols?.length, 8, 'the front matter, six sections and the people');
}

test('a message that is not JSON is skipped, and the next request is answered', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, CLEAN);
  const garbage = '{"jsonrpc": "2.0", "id": 99, "method": "textDocument/hover", "params": {';
  client.process.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
  await answersOutline(client, uri);
  assert.equal(await client.stop(), 0);
});

test('a request with missing parameters gets an error response, and the server goes on answering', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, CLEAN);
  await assert.rejects(client.connection.sendRequest(HoverRequest.method, { position: FIRST_PARAGRAPH }), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InternalError);
  await assert.rejects(client.connection.sendRequest('textDocument/noSuchThing', {}), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound);
  await answersOutline(client, uri);
  assert.equal(await client.stop(), 0);
});

test('requests for a document that was closed are answered with nothing, and its diagnostics are cleared', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, CLEAN.replace('Decision date : 14 Mar 2024', 'Decision date : 14 March 2024'));
  assert.equal((await client.diagnostics(uri)).length, 1);
  await client.close(uri);
  await client.until('the cleared diagnostics', () => (client.published.at(-1)?.uri === uri && client.published.at(-1)?.diagnostics.length === 0 ? true : undefined));
  const textDocument = { uri };
  const range = { start: FIRST_PARAGRAPH, end: FIRST_PARAGRAPH };
  assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument, position: FIRST_PARAGRAPH }), null);
  assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }), []);
  assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics: [] } }), []);
  assert.deepEqual(await client.connection.sendRequest(CompletionRequest.type, { textDocument, position: FIRST_PARAGRAPH }), []);
  await assert.rejects(
    client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'decision-lint.renumber', arguments: [uri, 1] }),
    (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams && error.message === `${uri} is not an open draft that could be linted.`,
  );
  // A change to a document the server no longer holds is an editor's mistake, not a reason to stop.
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: 'x' }] });
  client.published.length = 0;
  await client.open(uri, CLEAN);
  assert.deepEqual(await client.diagnostics(uri), [], 'opened again, it is linted afresh');
  assert.equal(await client.stop(), 0);
});

/** Where each keystroke of the flood lands: in turn, at the start of a numbered paragraph's text. */
function paragraphStarts(text: string): number[] {
  return [...text.matchAll(/^\d+\. /gm)].map((m) => m.index + m[0].length);
}

test('a flood of 2,000 edits sent without waiting ends with the diagnostics of the final text, and requests are answered meanwhile', async () => {
  const client = await TestClient.start();
  const root = tempFolder();
  const uri = fileUri(root, 'draft.decision.txt');
  await client.open(uri, CLEAN);
  await client.diagnostics(uri);
  // A real name typed into the paragraphs: each copy is a personal-data-name finding whose range moves with every edit.
  const typed = 'Mrs Jones rang. ';
  let outline: Promise<unknown> | undefined;
  for (let edit = 0; edit < 2000; edit++) {
    const document = client.document(uri);
    const starts = paragraphStarts(document.getText());
    const at = document.positionAt(starts[Math.floor(edit / typed.length) % starts.length]! + (edit % typed.length));
    void client.edit(uri, [{ range: { start: at, end: at }, newText: typed[edit % typed.length]! }]);
    if (edit === 1000) outline = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }
  assert.equal(client.document(uri).version, 2001);
  const final = await client.diagnostics(uri);
  assert.ok(((await outline) as unknown[]).length > 0, 'the outline asked for mid-flood was answered');
  assert.equal(final.filter((d) => d.code === 'personal-data-name').length, 125);

  const again = fileUri(root, 'again.decision.txt');
  await client.open(again, client.text(uri));
  assert.deepEqual(final, withUri(await client.diagnostics(again), uri), 'the same findings as the final text linted afresh');
  const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'never an older version after a newer one');
  assert.ok(versions.length < 2000, `bursts are coalesced (${versions.length} publications)`);
  assert.deepEqual(client.logs.filter((l) => /unhandled|failed/i.test(l)), []);
  assert.equal(await client.stop(), 0);
});

function withUri(diagnostics: Diagnostic[], uri: string): Diagnostic[] {
  return diagnostics.map((d) => (d.relatedInformation ? { ...d, relatedInformation: d.relatedInformation.map((r) => ({ ...r, location: { ...r.location, uri } })) } : d));
}

test('after shutdown a request gets InvalidRequest and an edit is not linted; exit then leaves with code 0', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, CLEAN);
  await client.diagnostics(uri);
  await client.connection.sendRequest(ShutdownRequest.type);
  const published = client.published.length;
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '' }] });
  await assert.rejects(
    client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
    (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidRequest,
  );
  assert.equal(client.published.length, published, 'nothing was published after shutdown');
  await client.connection.sendNotification(ExitNotification.type);
  assert.equal(await client.exited(), 0);
});

test('exit without shutdown leaves with code 1, as the protocol says', async () => {
  const client = await TestClient.start();
  await client.open(fileUri(tempFolder(), 'draft.decision.txt'), CLEAN);
  await client.connection.sendNotification(ExitNotification.type);
  assert.equal(await client.exited(), 1);
});

test('an editor that goes away without a word (its end of the pipe closed) leaves the server to exit by itself', async () => {
  const client = await TestClient.start();
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, CLEAN);
  await client.diagnostics(uri);
  client.process.stdin.end();
  assert.equal(await client.exited(), 1, 'as after an exit without shutdown');
});
