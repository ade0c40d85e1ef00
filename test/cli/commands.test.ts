import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CLEAN_DRAFT, DRAFT_WITHOUT_FINAL_DECISION, jsonReport, REPO, ruleIds, runCli, tempTree } from './helpers';

describe('--list-rules', () => {
  const json = runCli(['--list-rules', '--format', 'json']);
  const rules = JSON.parse(json.stdout) as { id: string; defaultSeverity: string; fixable: boolean; description: string; docs: string }[];

  it('lists every rule as JSON with its default severity, whether it is fixable, its description and its docs', () => {
    assert.equal(json.status, 0);
    for (const rule of rules) {
      assert.deepEqual(Object.keys(rule), ['id', 'defaultSeverity', 'fixable', 'description', 'docs']);
      assert.equal(rule.docs, pathToFileURL(join(REPO, 'docs', 'rules', `${rule.id}.md`)).href);
    }
    const sectionMissing = rules.find((r) => r.id === 'section-missing');
    assert.equal(sectionMissing?.defaultSeverity, 'error');
    assert.equal(sectionMissing?.fixable, true);
  });

  it('lists every rule as a table by default', () => {
    const table = runCli(['--list-rules']);
    const lines = table.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^Rule +Default +Fixable +Description$/);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(/\s+/)[0]),
      rules.map((r) => r.id),
    );
    assert.match(table.stdout, /^section-missing +error +yes +\S/m);
    assert.equal(table.status, 0);
  });
});

describe('--help and --version', () => {
  it('--help prints the usage and every option, and exits 0', () => {
    const result = runCli(['--help']);
    assert.match(result.stdout, /^Usage: decision-lint \[options\] <files\|folders\|globs>\.\.\./);
    for (const option of ['--format', '--fix', '--fix-dry-run', '--max-warnings', '--quiet', '--config', '--print-config', '--list-rules', '--stdin', '--stdin-filename', '--no-color', '--version']) {
      assert.ok(result.stdout.includes(option), option);
    }
    assert.equal(result.status, 0);
  });

  it('--version prints the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    const result = runCli(['--version']);
    assert.equal(result.stdout, `${version}\n`);
    assert.equal(result.status, 0);
  });
});

describe('--stdin', () => {
  it('lints standard input as the file --stdin-filename names, with that file\'s config', () => {
    const dir = tempTree({ 'team/.decision-lintrc.json': JSON.stringify({ root: true, rules: { 'section-missing': 'warning' } }) });
    const result = runCli(['--stdin', '--stdin-filename', 'team/new.decision.txt', '--format', 'json'], { cwd: dir, input: DRAFT_WITHOUT_FINAL_DECISION });
    const [report] = jsonReport(result);
    assert.equal(report!.filePath, join(dir, 'team/new.decision.txt'));
    assert.deepEqual(
      report!.messages.map((m) => [m.ruleId, m.severity]),
      [['section-missing', 'warning']],
    );
    assert.equal(result.status, 0);
  });

  it('calls standard input <stdin> when no file name is given', () => {
    const dir = tempTree({});
    const result = runCli(['--stdin'], { cwd: dir, input: DRAFT_WITHOUT_FINAL_DECISION });
    assert.match(result.stdout, /^<stdin>:\d+:\d+ {2}error {2}.* {2}section-missing$/m);
    assert.equal(result.status, 1);
  });

  it('gives the fixed text with --fix-dry-run', () => {
    const result = runCli(['--stdin', '--fix-dry-run', '--format', 'json'], { cwd: tempTree({}), input: DRAFT_WITHOUT_FINAL_DECISION });
    const [report] = jsonReport(result);
    assert.match(report!.output!, /^Final decision$/m);
    assert.ok(!ruleIds(report).includes('section-missing'));
  });

  it('lints a clean statement clean', () => {
    const result = runCli(['--stdin', '--format', 'json'], { cwd: tempTree({}), input: CLEAN_DRAFT });
    assert.deepEqual(ruleIds(jsonReport(result)[0]), []);
    assert.equal(result.status, 0);
  });
});
