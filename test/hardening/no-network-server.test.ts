import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { CLEAN } from '../server/drafts';
import { fileUri, tempFolder, TestClient } from '../server/harness';

const HAS_STRACE = spawnSync('strace', ['-V']).status === 0;
/** As for the CLI's trace: only a machine without Debian's strace skips; CI installs it. */
const SKIP = !HAS_STRACE && !process.env.CI && 'strace is not installed (apt-get install strace); CI runs this test';

const traces = mkdtempSync(join(tmpdir(), 'decision-lint-strace-server-'));
after(() => rmSync(traces, { recursive: true, force: true }));

test('the language server opens no socket and connects nowhere through a whole editing session', { skip: SKIP }, async () => {
  const log = join(traces, 'server.log');
  // Every socket and connect call of the server and all its threads, whatever the address family.
  const client = await TestClient.start({ launcher: ['strace', '-f', '-e', 'trace=socket,socketpair,connect', '-o', log] });
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, CLEAN);
  await client.diagnostics(uri);
  await client.replace(uri, 'Decision date : 14 Mar 2024', 'Decision date : 14 March 2024');
  assert.equal((await client.diagnostics(uri))[0]?.code, 'front-matter-date');
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 18 } });
  assert.match(JSON.stringify(hover), /front-matter-date/, 'the hover on the finding was answered');
  assert.equal(await client.stop(), 0, 'shutdown and exit, through strace');

  const calls = readFileSync(log, 'utf8').split('\n').filter((line) => /\b(?:socket|socketpair|connect)\(/.test(line));
  // The protocol travels over the pipes the editor made before the server started, so the server itself
  // makes no socket at all: any line here, loopback, Unix or internet, is a connection nobody asked for.
  assert.deepEqual(calls, []);
  assert.match(readFileSync(log, 'utf8'), /\+\+\+ exited with 0 \+\+\+/, 'the trace followed the server to its end');
});
