import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CLEAN_DRAFT, DRAFT_WITH_WEB_CLUTTER, DRAFT_WITHOUT_FINAL_DECISION, jsonReport, REPO, runCli, tempTree } from './helpers';

const FILES = {
  'clean.decision.txt': CLEAN_DRAFT,
  'missing.decision.txt': DRAFT_WITHOUT_FINAL_DECISION,
  'copied.decision.txt': DRAFT_WITH_WEB_CLUTTER,
};
const TARGETS = Object.keys(FILES);

describe('--format json', () => {
  const dir = tempTree(FILES);
  const result = runCli(['--format', 'json', ...TARGETS], { cwd: dir });
  const reports = jsonReport(result);

  it('prints exactly one JSON array on stdout and nothing else', () => {
    assert.match(result.stdout, /^\[.*\]\n$/s);
    assert.equal(result.stderr, '');
  });

  it('gives each file its absolute path and counts, in the order the files were named', () => {
    assert.deepEqual(
      reports.map((r) => r.filePath),
      TARGETS.map((t) => join(dir, t)),
    );
    for (const report of reports) {
      assert.ok(isAbsolute(report.filePath));
      assert.deepEqual(Object.keys(report), ['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount', 'fixableCount']);
      assert.equal(report.errorCount, report.messages.filter((m) => m.severity === 'error').length);
      assert.equal(report.warningCount, report.messages.filter((m) => m.severity === 'warning').length);
    }
    assert.deepEqual(
      reports.map((r) => [r.errorCount, r.warningCount]),
      [[0, 0], [1, 0], [0, 0]],
    );
  });

  it('gives each finding its rule, severity, message and 1-based range, and its fix when it has one', () => {
    const finding = reports[1]!.messages[0]!;
    assert.deepEqual(Object.keys(finding).sort(), ['column', 'endColumn', 'endLine', 'fix', 'line', 'message', 'ruleId', 'severity']);
    assert.equal(finding.ruleId, 'section-missing');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /Final decision/);
    for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(finding[key]) && finding[key] >= 1, key);
    assert.ok(finding.fix!.edits.every((e) => Array.isArray(e.range) && e.range.length === 2 && typeof e.text === 'string'));
  });
});

describe('--format stylish (the default)', () => {
  const dir = tempTree(FILES);
  const result = runCli(TARGETS, { cwd: dir });
  const lines = result.stdout.trimEnd().split('\n');

  it('prints one finding a line as "path:line:col  severity  message  rule-id", paths relative to the working folder', () => {
    const findings = lines.slice(0, -1);
    assert.ok(findings.length >= 3, result.stdout);
    for (const line of findings) assert.match(line, /^[\w.-]+\.decision\.txt:\d+:\d+ {2}(error|warning|info|hint) {2}\S.* {2}[a-z]+(-[a-z]+)*$/);
    assert.match(result.stdout, /^missing\.decision\.txt:\d+:1 {2}error {2}.*Final decision.* {2}section-missing$/m);
    assert.match(result.stdout, /^copied\.decision\.txt:\d+:1 {2}info {2}.* {2}web-clutter$/m);
  });

  it('ends with a summary line, and uses no colour when stdout is not a terminal', () => {
    assert.match(lines.at(-1)!, /^\d+ problems \(1 error, 0 warnings, \d+ info\) in 3 files; \d+ fixable with --fix\.$/);
    assert.doesNotMatch(result.stdout, /\u001b\[/);
  });
});

describe('--format github', () => {
  it('prints one workflow command a finding, with the range and the rule as title', () => {
    const dir = tempTree(FILES);
    const result = runCli(['--format', 'github', ...TARGETS], { cwd: dir });
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
    assert.ok(lines.some((l) => /^::error file=missing\.decision\.txt,.*,title=section-missing::.*Final decision/.test(l)));
    assert.ok(lines.some((l) => /^::notice file=copied\.decision\.txt,.*,title=web-clutter::/.test(l)));
  });

  it('escapes commas and colons in the file name as the runner requires', () => {
    const dir = tempTree({ 'a,b:c.decision.txt': DRAFT_WITHOUT_FINAL_DECISION });
    const result = runCli(['--format', 'github', 'a,b:c.decision.txt'], { cwd: dir });
    assert.match(result.stdout, /^::error file=a%2Cb%3Ac\.decision\.txt,line=/m);
  });
});

describe('--format sarif', () => {
  const dir = tempTree(FILES);
  const result = runCli(['--format', 'sarif', ...TARGETS], { cwd: dir });
  const log = JSON.parse(result.stdout);
  const run = log.runs[0];
  const listed = JSON.parse(runCli(['--list-rules', '--format', 'json']).stdout) as { id: string }[];

  it('describes the tool and every rule, with a link to its documentation', () => {
    assert.equal(log.version, '2.1.0');
    const driver = run.tool.driver;
    assert.equal(driver.name, 'decision-lint');
    assert.equal(driver.version, JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
    assert.ok(driver.informationUri.startsWith('file://'));
    assert.deepEqual(
      driver.rules.map((r: { id: string }) => r.id),
      listed.map((r) => r.id),
    );
    const missing = driver.rules.find((r: { id: string }) => r.id === 'section-missing');
    assert.equal(missing.helpUri, pathToFileURL(join(REPO, 'docs', 'rules', 'section-missing.md')).href);
    assert.equal(missing.defaultConfiguration.level, 'error');
    assert.ok(missing.shortDescription.text.length > 0);
  });

  it('gives each finding its rule index, level, message, relative location and fix', () => {
    const found = run.results.find((r: { ruleId: string }) => r.ruleId === 'section-missing');
    assert.equal(run.tool.driver.rules[found.ruleIndex].id, 'section-missing');
    assert.equal(found.level, 'error');
    assert.match(found.message.text, /Final decision/);
    const location = found.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'missing.decision.txt', uriBaseId: 'SRCROOT' });
    assert.deepEqual(Object.keys(location.region).sort(), ['endColumn', 'endLine', 'startColumn', 'startLine']);
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, `${pathToFileURL(dir).href}/`);
    assert.ok(found.fixes[0].artifactChanges[0].replacements.length > 0);
    const clutter = run.results.find((r: { ruleId: string }) => r.ruleId === 'web-clutter');
    assert.equal(clutter.level, 'note');
  });

  it('passes the SARIF multitool validator with no error or warning', () => {
    const sarifFile = join(dir, 'report.sarif');
    const validation = join(dir, 'validation.sarif');
    writeFileSync(sarifFile, result.stdout);
    const tool = spawnSync(join(REPO, 'node_modules', '.bin', 'sarif-multitool'), ['validate', sarifFile, '-o', validation, '--quiet'], { encoding: 'utf8' });
    assert.equal(tool.status, 0, tool.stderr);
    const findings = (JSON.parse(readFileSync(validation, 'utf8')).runs[0].results ?? []) as { ruleId: string; level?: string; message: { arguments?: string[] } }[];
    // The validator leaves out `level` for warnings, the default.
    const serious = findings.filter((f) => (f.level ?? 'warning') === 'error' || (f.level ?? 'warning') === 'warning');
    assert.deepEqual(
      serious.map((f) => `${f.ruleId}: ${f.message.arguments?.join(' ')}`),
      [],
    );
  });

  it('reports files that could not be linted as tool notifications', () => {
    const failed = runCli(['--format', 'sarif', 'missing-file.decision.txt', 'clean.decision.txt'], { cwd: dir });
    const invocation = JSON.parse(failed.stdout).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.match(invocation.toolExecutionNotifications[0].message.text, /missing-file\.decision\.txt/);
    assert.equal(failed.status, 2);
  });
});
