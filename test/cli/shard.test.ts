import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shardOf } from '../../server/src/cli/shard';
import { CLEAN_DRAFT, jsonReport, runCli, tempTree } from './helpers';

const NAMES = ['b.decision.txt', 'a.decision.txt', 'sub/c.decision.txt', 'sub/deeper/d.decision', 'e.decision.txt', 'Z.decision.txt', 'f.decision.txt'];

/** The files (relative, `/`-separated) each of n jobs lints when run on the whole folder. */
function jobs(dir: string, n: number, targets: readonly string[] = ['.']): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const result = runCli(['--format', 'json', '--shard', `${i + 1}/${n}`, ...targets], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    return jsonReport(result).map((r) => r.filePath.slice(dir.length + 1));
  });
}

describe('--shard i/n', () => {
  const dir = tempTree(Object.fromEntries(NAMES.map((name) => [name, CLEAN_DRAFT])));

  for (const n of [1, 2, 3, 7, 10]) {
    it(`with n = ${n}, the jobs together lint every file exactly once, in parts within one file of each other`, () => {
      const parts = jobs(dir, n);
      assert.deepEqual(parts.flat().sort(), [...NAMES].sort());
      const sizes = parts.map((part) => part.length);
      assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `sizes ${sizes.join(', ')}`);
    });
  }

  it('gives each job the same part whatever order the targets are named in', () => {
    const forwards = jobs(dir, 3, NAMES);
    const backwards = jobs(dir, 3, [...NAMES].reverse());
    assert.deepEqual(forwards.map((part) => [...part].sort()), backwards.map((part) => [...part].sort()));
  });

  it('deals out the files sorted by relative path, by code unit (so "Z" before "a")', () => {
    const cwd = '/repo';
    const files = ['/repo/b', '/repo/a', '/repo/Z', '/repo/sub/a'].reverse();
    assert.deepEqual(shardOf(files, cwd, { index: 1, count: 2 }), ['/repo/Z', '/repo/b']);
    assert.deepEqual(shardOf(files, cwd, { index: 2, count: 2 }), ['/repo/sub/a', '/repo/a']);
  });

  it('lints nothing, and exits 0, in a job whose part is empty', () => {
    const one = tempTree({ 'only.decision.txt': CLEAN_DRAFT });
    const result = runCli(['--format', 'json', '--shard', '2/2', '.'], { cwd: one });
    assert.deepEqual(jsonReport(result), []);
    assert.equal(result.status, 0);
  });

  for (const bad of ['0/3', '4/3', '1/0', '3', '1/2/3', '-1/2', 'a/b', '1.5/2', '']) {
    it(`refuses --shard "${bad}" as a usage error (exit 2)`, () => {
      const result = runCli([`--shard=${bad}`, '.'], { cwd: dir });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--shard takes i\/n/);
      assert.equal(result.stdout, '');
    });
  }

  it('does not apply to --stdin or to the remedies export', () => {
    for (const args of [['--stdin', '--shard', '1/2'], ['remedies', '--shard', '1/2', 'a.decision.txt']]) {
      const result = runCli(args, { cwd: dir, input: CLEAN_DRAFT });
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--shard/);
    }
  });
});
