import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { leanHeapFlags } from '../../server/src/server/lean-heap';

const LEAN_HEAP = resolve(import.meta.dirname, '../../server/src/server/lean-heap.ts');

test('the server sets its heap flags unless it was started with heap flags of its own', () => {
  const lean = ['--semi-space-growth-factor=1', '--heap-growing-percent=20'];
  assert.deepEqual(leanHeapFlags([], ''), lean);
  assert.deepEqual(leanHeapFlags(['--inspect=9229', '--enable-source-maps'], '--max-old-space-size=4096'), lean);
  assert.deepEqual(leanHeapFlags(['--max-semi-space-size=32'], ''), []);
  assert.deepEqual(leanHeapFlags([], '--max-semi-space-size=16 --enable-source-maps'), []);
  assert.deepEqual(leanHeapFlags(['--heap-growing-percent=50'], ''), []);
});

/**
 * The young generation's size, in MB, after a process has relinted a model again and again as the
 * server does: a few MB of objects that live from one keystroke to the next, and much that does not.
 */
function youngGenerationAfterChurn(lean: boolean): number {
  const script = `
    ${lean ? `require(${JSON.stringify(LEAN_HEAP)}).useLeanHeap();` : ''}
    let kept = [];
    for (let keystroke = 0; keystroke < 60; keystroke++) {
      const model = Array.from({ length: 20000 }, (_, i) => ({ line: i, text: 'paragraph ' + i + ' of keystroke ' + keystroke }));
      kept = [model, ...kept.slice(0, 2)];
    }
    const young = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(young.space_size / (1024 * 1024));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return Number(run.stdout.trim());
}

test('with the flags set after start, V8 keeps the young generation small; without them it grows', () => {
  const lean = youngGenerationAfterChurn(true);
  const usual = youngGenerationAfterChurn(false);
  assert.ok(lean <= 4, `young generation ${lean} MB with the server's flags`);
  assert.ok(usual >= 8, `young generation ${usual} MB without them`);
});
