import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import type { RemediesReport } from '../../server/src/cli/remedies-export';
import { CONTINUOUS_DRAFT, crlf, cut, swap, WEB_COPY, withBom } from '../helpers/drafts';
import { jsonReport, REPO, ruleIds, runCli, tempTree, type CliResult } from './helpers';

/** The export, after checking that stdout holds nothing but one JSON array. */
function remediesJson(result: CliResult): RemediesReport[] {
  const parsed: unknown = JSON.parse(result.stdout);
  assert.ok(Array.isArray(parsed), `stdout is not one JSON array: ${result.stdout.slice(0, 200)}`);
  return parsed as RemediesReport[];
}

const UNDATED = swap(CONTINUOUS_DRAFT, 'Decision date : 14 Mar 2024\n\n', '');

describe('decision-lint remedies', () => {
  it('prints each action of a draft as JSON: action, kind, amount, deadline, due date and range', () => {
    const dir = tempTree({ 'draft.decision.txt': CONTINUOUS_DRAFT });
    const result = runCli(['remedies', '--format', 'json', 'draft.decision.txt'], { cwd: dir });
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    const [report] = remediesJson(result);
    assert.equal(report!.filePath, join(dir, 'draft.decision.txt'));
    assert.equal(report!.decisionDate, '2024-03-14');
    assert.deepEqual(report!.remedies[2], {
      section: 'Agreed action',
      action: 'pay Mr B £150 for his time and trouble.',
      kind: 'payment',
      kinds: ['payment'],
      amount: { text: '£150', pence: 15000 },
      amounts: [{ text: '£150', pence: 15000 }],
      deadline: 'Within one month of the final decision',
      dueDate: '2024-04-14',
      range: { line: 54, column: 5, endLine: 54, endColumn: 47 },
    });
    assert.deepEqual(report!.remedies.map((r) => [r.kind, r.dueDate]), [
      ['apology', '2024-04-14'], ['payment', '2024-04-14'], ['payment', '2024-04-14'], ['training', '2024-06-14'], ['evidence', null],
    ]);
  });

  it('prints a table by default, with a line counting the actions and those without a deadline', () => {
    const dir = tempTree({ 'draft.decision.txt': swap(CONTINUOUS_DRAFT, '13. Within three months of the final decision, the Council will', '13. The Council will') });
    const result = runCli(['remedies', 'draft.decision.txt'], { cwd: dir });
    assert.equal(result.status, 0);
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], 'draft.decision.txt (decision date 2024-03-14)');
    assert.match(lines[1]!, /^ {2}Line +Kind +Amount +Deadline +Due +Action$/);
    assert.match(result.stdout, /^ {2}54:5 +payment +£150 +Within one month of the final decision +2024-04-14 +pay Mr B £150 for his time and trouble\.$/m);
    assert.match(result.stdout, /^ {2}56:1 +training +- +- +- +The Council will remind staff/m);
    assert.match(result.stdout, /^4 actions in 1 file; 1 without a deadline\.\n$/m);
  });

  it('counts due dates from --decision-date in place of the draft\'s own date', () => {
    const dir = tempTree({ 'draft.decision.txt': CONTINUOUS_DRAFT });
    const [report] = remediesJson(runCli(['remedies', '--format', 'json', '--decision-date', '2024-01-31', 'draft.decision.txt'], { cwd: dir }));
    assert.equal(report!.decisionDate, '2024-01-31');
    assert.deepEqual(report!.remedies.map((r) => r.dueDate), ['2024-02-29', '2024-02-29', '2024-02-29', '2024-04-30', null]);
  });

  it('gives no due dates for a draft with no decision date, until --decision-date gives one', () => {
    const dir = tempTree({ 'draft.decision.txt': UNDATED });
    const [undated] = remediesJson(runCli(['remedies', '--format', 'json', 'draft.decision.txt'], { cwd: dir }));
    assert.equal(undated!.decisionDate, null);
    assert.ok(undated!.remedies.every((r) => r.dueDate === null));
    assert.equal(undated!.remedies[0]!.deadline, 'Within one month of the final decision');
    const table = runCli(['remedies', 'draft.decision.txt'], { cwd: dir });
    assert.match(table.stdout, /^draft\.decision\.txt \(no decision date: give --decision-date for due dates\)$/m);
    const [dated] = remediesJson(runCli(['remedies', '--format', 'json', '--decision-date', '2024-12-20', 'draft.decision.txt'], { cwd: dir }));
    assert.equal(dated!.remedies[0]!.dueDate, '2025-01-20');
  });

  it('keeps ranges true to a file saved with a byte order mark and CRLF line ends', () => {
    const dir = tempTree({ 'draft.decision.txt': withBom(crlf(CONTINUOUS_DRAFT)) });
    const [report] = remediesJson(runCli(['remedies', '--format', 'json', 'draft.decision.txt'], { cwd: dir }));
    assert.deepEqual(report!.remedies[2]!.range, { line: 54, column: 5, endLine: 54, endColumn: 47 });
  });

  it('reads standard input with --stdin', () => {
    const result = runCli(['remedies', '--stdin', '--format', 'json'], { cwd: tempTree({}), input: CONTINUOUS_DRAFT });
    const [report] = remediesJson(result);
    assert.equal(report!.filePath, '<stdin>');
    assert.equal(report!.remedies.length, 5);
    assert.equal(result.status, 0);
  });

  it('lists no actions for a statement with no Agreed action, and exits 0', () => {
    const dir = tempTree({ 'copy.decision.txt': WEB_COPY });
    const result = runCli(['remedies', 'copy.decision.txt'], { cwd: dir });
    assert.equal(result.stdout, 'copy.decision.txt (decision date 2023-10-03)\n  No agreed or recommended actions found.\n\nNo actions in 1 file.\n');
    assert.equal(result.status, 0);
  });

  it('works on every bundled example; only the two actions written without a deadline on purpose lack one', () => {
    const examples = readdirSync(join(REPO, 'examples')).filter((f) => f.endsWith('.decision.txt'));
    const result = runCli(['remedies', '--format', 'json', 'examples'], { cwd: REPO });
    assert.equal(result.status, 0);
    const reports = remediesJson(result);
    assert.equal(reports.length, examples.length);
    const actions = reports.flatMap((r) => r.remedies.map((action) => ({ file: basename(r.filePath), ...action }))).filter((r) => r.kind !== 'evidence');
    assert.ok(actions.length >= 25, `only ${actions.length} actions found in the examples`);
    assert.deepEqual(actions.filter((r) => r.deadline === null).map((r) => `${r.file}:${r.range.line}`), ['remedies-faults.decision.txt:62', 'remedies-faults.decision.txt:64']);
  });

  it('exits 2 for a file it cannot read, after printing the others', () => {
    const dir = tempTree({ 'draft.decision.txt': CONTINUOUS_DRAFT });
    const result = runCli(['remedies', '--format', 'json', 'draft.decision.txt', 'missing.decision.txt'], { cwd: dir });
    assert.equal(remediesJson(result).length, 1);
    assert.match(result.stderr, /missing\.decision\.txt: cannot be read: no such file or folder/);
    assert.equal(result.status, 2);
  });

  for (const [args, message] of [
    [['--decision-date', '2024-02-30'], /--decision-date takes a real date written YYYY-MM-DD, not "2024-02-30"/],
    [['--format', 'sarif'], /prints stylish or json, not sarif/],
    [['--fix'], /--fix does not apply to "decision-lint remedies"/],
    [[], /No files given/],
  ] as const) {
    it(`exits 2 with the usage for ${args.join(' ') || 'no file'}`, () => {
      const dir = tempTree({ 'draft.decision.txt': CONTINUOUS_DRAFT });
      const result = runCli(['remedies', ...args, ...(args.length === 0 ? [] : ['draft.decision.txt'])], { cwd: dir });
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
      assert.equal(result.status, 2);
    });
  }
});

describe('--decision-date when linting', () => {
  const oldDraft = swap(cut(CONTINUOUS_DRAFT, '14. The Council should provide us', 'Final decision\n'), 'Decision date : 14 Mar 2024', 'Decision date : 26 May 2021');

  it('lets remedy-evidence check a statement as if it were issued on that date', () => {
    const dir = tempTree({ 'draft.decision.txt': oldDraft });
    assert.ok(!ruleIds(jsonReport(runCli(['--format', 'json', 'draft.decision.txt'], { cwd: dir }))[0]).includes('remedy-evidence'));
    const dated = jsonReport(runCli(['--format', 'json', '--decision-date', '2024-01-15', 'draft.decision.txt'], { cwd: dir }));
    assert.ok(ruleIds(dated[0]).includes('remedy-evidence'));
  });

  it('shows in --print-config as the option of the rules that read it', () => {
    const dir = tempTree({ 'draft.decision.txt': oldDraft });
    const printed = JSON.parse(runCli(['--print-config', 'draft.decision.txt', '--decision-date', '2024-01-15'], { cwd: dir }).stdout);
    assert.deepEqual(printed.rules['remedy-evidence'].options, { since: '2023-01-01', undated: 'check', decisionDate: '2024-01-15' });
  });
});
