import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PARSE_TIMING, RULES } from '../../server/src/core/index';
import { timingRows } from '../../server/src/cli/timing';
import { jsonReport, runCli, tempTree, DRAFT_WITHOUT_FINAL_DECISION } from './helpers';

/** The rows of the TIMING table on standard error: rule, milliseconds, share in per cent. */
function timingTable(stderr: string): { id: string; ms: number; share: number }[] {
  const lines = stderr.trimEnd().split('\n');
  const header = lines.findIndex((l) => /^Rule\s+Time \(ms\)\s+Share$/.test(l));
  assert.ok(header >= 0, `no TIMING table in: ${stderr}`);
  return lines.slice(header + 1, lines.findIndex((l) => l.startsWith('Total '))).map((line) => {
    const [id, ms, share] = line.split(/\s+/);
    return { id: id!, ms: Number(ms), share: Number(share!.replace('%', '')) };
  });
}

describe('TIMING', () => {
  it('reads its value as ESLint does: none when unset or empty, all, a count above ten, else ten', () => {
    assert.deepEqual(['', 'all', 'ALL', '1', '25', 'yes', '3'].map(timingRows), [undefined, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 10, 25, 10, 10]);
    assert.equal(timingRows(undefined), undefined);
  });

  it('prints the ten slowest rules on standard error, longest first, and leaves the JSON report as it is without TIMING', () => {
    const plain = runCli(['--format', 'json', 'examples']);
    const timed = runCli(['--format', 'json', 'examples'], { env: { TIMING: '1' } });
    assert.equal(timed.status, plain.status);
    assert.deepEqual(jsonReport(timed), jsonReport(plain));
    assert.equal(plain.stderr, '');
    const rows = timingTable(timed.stderr);
    assert.equal(rows.length, 10);
    assert.deepEqual([...rows].sort((a, b) => b.ms - a.ms), rows);
    assert.ok(rows.every((r) => r.id === PARSE_TIMING || RULES.some((rule) => rule.meta.id === r.id)));
    assert.ok(timed.stderr.includes(` ms over ${RULES.length} rules and the parse ${PARSE_TIMING}.\n`), timed.stderr);
  });

  it('with TIMING=all lists every rule that ran, the workers of --concurrency included, their shares adding up to the whole', () => {
    const dir = tempTree({ 'a.decision.txt': DRAFT_WITHOUT_FINAL_DECISION, 'b.decision.txt': DRAFT_WITHOUT_FINAL_DECISION, '.decision-lintrc.json': JSON.stringify({ rules: { 'pseudonym-drift': 'off' } }) });
    for (const concurrency of ['1', '2']) {
      const rows = timingTable(runCli(['--concurrency', concurrency, '.'], { cwd: dir, env: { TIMING: 'all' } }).stderr);
      const ids = rows.map((r) => r.id).sort();
      assert.deepEqual(ids, [PARSE_TIMING, ...RULES.map((r) => r.meta.id).filter((id) => id !== 'pseudonym-drift')].sort(), `--concurrency ${concurrency}`);
      const shares = rows.reduce((sum, r) => sum + r.share, 0);
      assert.ok(Math.abs(shares - 100) < 0.1 * rows.length, `shares add up to ${shares}`);
    }
  });

  it('times the lint of standard input too', () => {
    const result = runCli(['--stdin'], { input: DRAFT_WITHOUT_FINAL_DECISION, env: { TIMING: '1' } });
    assert.equal(result.status, 1);
    assert.equal(timingTable(result.stderr).length, 10);
  });
});
