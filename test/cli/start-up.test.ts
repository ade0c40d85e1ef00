import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliWithPreload } from './helpers';

/** Node's own modules that a run of the CLI loaded, recorded by a module preloaded into it. */
function nodeModulesLoaded(args: readonly string[]): string[] {
  const record = "process.on('exit', () => require('node:fs').writeFileSync(__dirname + '/loaded.json', JSON.stringify(process.moduleLoadList)));\n";
  const { dir, ...result } = runCliWithPreload(record, args);
  assert.equal(result.status, 0, result.stderr);
  const loaded = JSON.parse(readFileSync(join(dir, 'loaded.json'), 'utf8')) as string[];
  return loaded.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
}

test('linting one draft loads none of node:crypto, node:worker_threads and node:fs/promises, which only --cache, --fix and --concurrency use', () => {
  const plain = nodeModulesLoaded(['good.decision.txt']);
  assert.ok(plain.includes('vm'), 'the record sees the modules the run loads (the bin compiles the bundle with node:vm)');
  // fs.promises loads the internal module, node:fs/promises the public one over it.
  for (const module of ['crypto', 'worker_threads', 'internal/fs/promises']) assert.ok(!plain.includes(module), `${module} is not loaded`);
  // The record can tell: --cache hashes the draft, and reads and writes the cache file with promises.
  const cached = nodeModulesLoaded(['--cache', '--cache-location', '.cache.json', 'good.decision.txt']);
  assert.ok(cached.includes('crypto') && cached.includes('internal/fs/promises'));
});
