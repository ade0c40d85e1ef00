import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { redosVerdict } from '../helpers/redos-check';
import { CLEAN_DRAFT, CLI, DRAFT_WITHOUT_FINAL_DECISION, jsonReport, REPO, runCli, tempTree } from './helpers';

const HAS_PRE_COMMIT = spawnSync('pre-commit', ['--version']).status === 0;
const HAS_GIT = spawnSync('git', ['--version']).status === 0;

/** YAML read by PyYAML, which Debian's pre-commit brings along; undefined where it is missing. */
function readYaml(path: string): unknown {
  const result = spawnSync('python3', ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))', path], { encoding: 'utf8' });
  return result.status === 0 ? JSON.parse(result.stdout) : undefined;
}

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

const packageJson = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  contributes: { problemMatchers: { name: string; pattern: Record<string, string | number> }[] };
};

// CI installs pre-commit (.ci/run), so there the tests must run rather than skip.
describe('.pre-commit-hooks.yaml', { skip: !HAS_PRE_COMMIT && !process.env.CI && "Debian's pre-commit is not installed (apt-get install pre-commit)" }, () => {
  const manifest = join(REPO, '.pre-commit-hooks.yaml');
  // Read in each test, so that a machine without PyYAML skips rather than fails here.
  const manifestHook = () => (readYaml(manifest) as Hook[])[0]!;

  it('is a valid hooks manifest whose decision-lint hook runs the package bin on the draft patterns', () => {
    const validated = spawnSync('pre-commit', ['validate-manifest', manifest], { encoding: 'utf8' });
    assert.equal(validated.status, 0, validated.stdout + validated.stderr);
    const hook = manifestHook();
    assert.equal(hook.id, 'decision-lint');
    assert.equal(hook.language, 'node');
    assert.ok(hook.entry in packageJson.bin, `${hook.entry} is a bin of the package`);
    const files = new RegExp(hook.files);
    assert.deepEqual(['a.decision.txt', 'dir/b.decision', 'c.txt', 'd.decision.md', 'decision.txt'].filter((name) => files.test(name)), ['a.decision.txt', 'dir/b.decision']);
  });

  // Installing a `language: node` hook runs npm install, which needs the network; the same hook as a
  // local `language: system` hook on the built bin shows what pre-commit hands it and what it makes of
  // the exit code, offline.
  it('as a local hook on the built bin, fails a commit of a draft with errors and passes once it is fixed', { skip: !HAS_GIT && 'git is not installed' }, () => {
    const dir = tempTree({ 'case.decision.txt': DRAFT_WITHOUT_FINAL_DECISION, 'notes.txt': 'Not a draft, so never linted.\n' });
    const local = { repos: [{ repo: 'local', hooks: [{ ...manifestHook(), language: 'system', entry: `${process.execPath} ${CLI}` }] }] };
    writeFileSync(join(dir, '.pre-commit-config.yaml'), JSON.stringify(local));
    const env = { ...process.env, PRE_COMMIT_HOME: join(dir, '.pre-commit-home'), NO_COLOR: '1' };
    const sh = (command: string, ...args: string[]) => spawnSync(command, args, { cwd: dir, encoding: 'utf8', env });
    sh('git', 'init', '-q');
    sh('git', 'add', 'case.decision.txt', 'notes.txt', '.pre-commit-config.yaml');

    const failing = sh('pre-commit', 'run');
    assert.equal(failing.status, 1, failing.stdout + failing.stderr);
    assert.match(failing.stdout, /case\.decision\.txt:\d+:\d+ {2}error .* {2}section-missing/);
    assert.doesNotMatch(failing.stdout, /notes\.txt/);

    writeFileSync(join(dir, 'case.decision.txt'), CLEAN_DRAFT);
    sh('git', 'add', 'case.decision.txt');
    const passing = sh('pre-commit', 'run');
    assert.equal(passing.status, 0, passing.stdout + passing.stderr);
  });
});

describe('docs/ci/github-actions.yml', () => {
  it('writes SARIF with the CLI and uploads that file to code scanning', () => {
    const text = readFileSync(join(REPO, 'docs/ci/github-actions.yml'), 'utf8');
    const upload = /uses: github\/codeql-action\/upload-sarif@v\d+\n\s+with:\n\s+sarif_file: (\S+)/.exec(text);
    assert.ok(upload, 'a step uploads with github/codeql-action/upload-sarif');
    assert.match(text, new RegExp(`decision-lint --format sarif .*> ${upload[1]!.replaceAll('.', '\\.')}$`, 'm'));
    assert.match(text, /security-events: write/);
  });
});

describe('the problem matcher for the stylish format', () => {
  const matcher = packageJson.contributes.problemMatchers.find((m) => m.name === 'decision-lint');

  it('reads file, line, column, severity, message and code from every finding the built CLI prints', () => {
    assert.ok(matcher, 'package.json contributes a problem matcher named decision-lint');
    const { pattern } = matcher;
    const regexp = new RegExp(pattern.regexp as string);
    const group = (match: RegExpExecArray, name: string) => match[pattern[name] as number];
    const targets = ['examples'];
    const lines = runCli(targets).stdout.trimEnd().split('\n');
    const summary = lines.pop();
    assert.match(summary!, /problems? \(/, 'the summary line, which is no finding');
    assert.ok(!regexp.test(summary!));

    const read = lines.map((line) => {
      const match = regexp.exec(line);
      assert.ok(match, `the matcher reads: ${line}`);
      return { file: join(REPO, group(match, 'file')!), line: Number(group(match, 'line')), column: Number(group(match, 'column')), severity: group(match, 'severity'), message: group(match, 'message'), code: group(match, 'code') };
    });
    const expected = jsonReport(runCli(['--format', 'json', ...targets])).flatMap((r) =>
      r.messages.map((m) => ({ file: r.filePath, line: m.line, column: m.column, severity: m.severity, message: m.message.replace(/\s*[\r\n]\s*/g, ' '), code: m.ruleId })),
    );
    assert.ok(expected.length > 10);
    assert.ok(new Set(expected.map((e) => e.severity)).size >= 3, 'errors, warnings and info are all read');
    assert.deepEqual(read, expected);
  });

  it('takes linear time on any line (VS Code runs it on every line a task prints)', () => {
    assert.equal(redosVerdict(matcher!.pattern.regexp as string, '').status, 'safe');
  });

  it('reads a path with a colon in a name, which Linux and macOS allow', () => {
    const match = new RegExp(matcher!.pattern.regexp as string).exec('drafts with spaces/web:copy 2:3.decision.txt:12:4  error  Paragraph 3 follows 1: 2 is missing.  numbering-gap');
    assert.deepEqual(match?.slice(1), ['drafts with spaces/web:copy 2:3.decision.txt', '12', '4', 'error', 'Paragraph 3 follows 1: 2 is missing.', 'numbering-gap']);
  });

  it('reads a Windows path with its drive letter', () => {
    const match = new RegExp(matcher!.pattern.regexp as string).exec('C:\\cases\\a.decision.txt:3:1  warning  A finding: with a colon  numbering-gap');
    assert.deepEqual(match?.slice(1), ['C:\\cases\\a.decision.txt', '3', '1', 'warning', 'A finding: with a colon', 'numbering-gap']);
  });
});
