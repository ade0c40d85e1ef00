import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ServerProcess } from '../../client/src/server-process';

/** A stand-in for the server's bundle that prints the environment it was started with and leaves. */
function environmentPrinter(): string {
  const script = join(mkdtempSync(join(tmpdir(), 'decision-lint-server-process-')), 'print-env.js');
  writeFileSync(script, 'process.stdout.write(JSON.stringify(process.env));\n');
  return script;
}

async function environmentOfServer(): Promise<NodeJS.ProcessEnv> {
  const server = new ServerProcess(environmentPrinter(), () => undefined);
  const child = (await (server.start as () => Promise<ChildProcess>)());
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  await server.end(5000);
  return JSON.parse(output) as NodeJS.ProcessEnv;
}

test('the extension starts the server as plain Node with one allocator arena, which frees memory it is done with', async () => {
  const env = await environmentOfServer();
  assert.equal(env.ELECTRON_RUN_AS_NODE, '1');
  assert.equal(env.MALLOC_ARENA_MAX, '1');
  assert.equal(env.MALLOC_TRIM_THRESHOLD_, '131072');
});

test("the allocator settings of the editor's own environment are kept", async () => {
  const before = process.env.MALLOC_ARENA_MAX;
  process.env.MALLOC_ARENA_MAX = '4';
  try {
    assert.equal((await environmentOfServer()).MALLOC_ARENA_MAX, '4');
  } finally {
    if (before === undefined) delete process.env.MALLOC_ARENA_MAX;
    else process.env.MALLOC_ARENA_MAX = before;
  }
});
