import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { CLI } from './helpers';

/** What V8 made of the code cache when the bin compiled the CLI bundle: `false` when it was used. */
function cacheRejected(nodeFlags: string[] = []): string {
  const probe = `const { compileBundle } = require(${JSON.stringify(CLI)}); process.stdout.write(String(compileBundle().cachedDataRejected));`;
  const run = spawnSync(process.execPath, [...nodeFlags, '-e', probe], { encoding: 'utf8' });
  assert.equal(run.stderr, '');
  return run.stdout;
}

test('the bin compiles the CLI bundle from the code cache the build made, under the V8 flags the bin sets', () => {
  assert.equal(cacheRejected(), 'false');
  // The check can tell: under other compiler flags V8 refuses the cache (and the bin compiles as usual).
  assert.equal(cacheRejected(['--no-turbo-inlining']), 'true');
});
