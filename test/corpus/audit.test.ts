/**
 * The corpus audit as CI runs it: green on the published decisions with their listed slips, red (and
 * naming the finding) when a decision draws an error or warning nobody listed, or a listed slip is gone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTINUOUS_DRAFT, swap } from '../helpers/drafts';

const ROOT = join(import.meta.dirname, '../..');

function audit(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-corpus.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, stdout: run.stdout + run.stderr };
}

/** A corpus folder of one decision and an expectations file, removed after the test. */
function withCorpus(text: string, expectations: unknown[], check: (dir: string, expectationsFile: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'decision-lint-audit-'));
  try {
    const file = join(dir, 'expectations.json');
    writeFileSync(join(dir, 'northshire-23014552.txt'), text);
    writeFileSync(file, JSON.stringify(expectations));
    check(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The house draft with a Summary that speaks as "I": one warning of consistency-summary-voice on line 11. */
const UNEXPECTED = swap(CONTINUOUS_DRAFT, 'We found fault', 'I found fault');

test('the audit passes on the published decisions with their known slips, and prints the table', () => {
  const { status, stdout } = audit([]);
  assert.equal(status, 0, stdout);
  assert.match(stdout, /^rule +severity +findings +decisions +per decision +per 10k words$/m);
  assert.match(stdout, /^[a-z-]+ +(?:error|warning|info|hint) +\d+ +\d+ +\d+\.\d\d +\d+\.\d\d$/m);
  assert.match(stdout, /^total +\d+ +\d+\.\d\d +\d+\.\d\d$/m);
});

test('the audit fails on a finding no one expected, and names it', () => {
  withCorpus(UNEXPECTED, [], (dir, expectations) => {
    const { status, stdout } = audit([dir], { DECISION_LINT_EXPECTATIONS: expectations });
    assert.equal(status, 1, stdout);
    assert.match(stdout, /^unexpected: northshire-23014552\.txt:11:91 warning consistency-summary-voice /m);
  });
});

test('the audit passes once the finding is listed with its reason, and fails when a listed slip is gone', () => {
  const slip = { file: 'northshire-23014552.txt', line: 11, ruleId: 'consistency-summary-voice', why: 'the Summary speaks as "I"' };
  withCorpus(UNEXPECTED, [slip], (dir, expectations) => {
    assert.equal(audit([dir], { DECISION_LINT_EXPECTATIONS: expectations }).status, 0);
  });
  withCorpus(CONTINUOUS_DRAFT, [slip], (dir, expectations) => {
    const { status, stdout } = audit([dir], { DECISION_LINT_EXPECTATIONS: expectations });
    assert.equal(status, 1, stdout);
    assert.match(stdout, /^missing: northshire-23014552\.txt:11 consistency-summary-voice /m);
  });
});

test('the corpus folder can come from DECISION_LINT_CORPUS', () => {
  withCorpus(CONTINUOUS_DRAFT, [], (dir, expectations) => {
    const { status, stdout } = audit([], { DECISION_LINT_CORPUS: dir, DECISION_LINT_EXPECTATIONS: expectations });
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^1 decision, /m);
  });
});
