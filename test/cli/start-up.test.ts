import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLEAN_DRAFT, runCli, tempTree } from './helpers';

/** Node's own modules that a run of the CLI loaded, recorded by a module preloaded into it. */
function nodeModulesLoaded(args: readonly string[]): string[] {
  const dir = tempTree({
    'good.decision.txt': CLEAN_DRAFT,
    'record.cjs': "process.on('exit', () => require('node:fs').writeFileSync(__dirname + '/loaded.json', JSON.stringify(process.moduleLoadList)));\n",
  });
  const result = runCli(args, { cwd: dir, env: { NODE_OPTIONS: `--require ${join(dir, 'record.cjs')}` } });
  assert.equal(result.status, 0, result.stderr);
  const loaded = JSON.parse(readFileSync(join(dir, 'loaded.json'), 'utf8')) as string[];
  return loaded.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
}

test('linting one draft loads neither node:crypto nor node:worker_threads, which only --cache, --fix and --concurrency use', () => {
  const plain = nodeModulesLoaded(['good.decision.txt']);
  assert.ok(plain.includes('fs/promises'), 'the record sees the modules the run loads');
  assert.ok(!plain.includes('crypto'), 'node:crypto is not loaded');
  assert.ok(!plain.includes('worker_threads'), 'node:worker_threads is not loaded');
  // The record can tell: --cache hashes the draft.
  assert.ok(nodeModulesLoaded(['--cache', '--cache-location', '.cache.json', 'good.decision.txt']).includes('crypto'));
});
