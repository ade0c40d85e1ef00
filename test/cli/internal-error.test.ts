import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLEAN_DRAFT, runCli, runCliWithPreload, tempTree } from './helpers';

/**
 * A bug in the CLI, not a problem of the user's files: made here by a module preloaded into the run that
 * breaks a Node call the run makes once it has its options (how many cores there are).
 */
function runWithBug(env: Record<string, string> = {}) {
  return runCliWithPreload("require('node:os').availableParallelism = () => { throw new Error('no cores today'); };\n", ['good.decision.txt'], env);
}

test('an internal error exits 2 with one line saying so, and points to DEBUG=1 rather than printing a trace', () => {
  const { status, stdout, stderr } = runWithBug();
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.equal(stderr, 'decision-lint: internal error: no cores today\nSet DEBUG=1 to see where it happened.\n');
});

test('with DEBUG=1 the trace names the TypeScript source, through the source map of the minified bundle', () => {
  const { status, stderr } = runWithBug({ DEBUG: '1' });
  assert.equal(status, 2);
  assert.match(stderr, /^decision-lint: internal error: no cores today\nError: no cores today\n/);
  assert.match(stderr, /\n +at \S+ \(.*server\/src\/cli\/lint-run\.ts:\d+:\d+\)\n/);
});

test('with DEBUG=1 the CLI lints as it does from its code cache', () => {
  const dir = tempTree({ 'good.decision.txt': CLEAN_DRAFT });
  const plain = runCli(['--format', 'json', 'good.decision.txt'], { cwd: dir });
  const debug = runCli(['--format', 'json', 'good.decision.txt'], { cwd: dir, env: { DEBUG: '1' } });
  assert.equal(debug.status, plain.status);
  assert.equal(debug.stderr, '');
  assert.equal(debug.stdout, plain.stdout);
});
