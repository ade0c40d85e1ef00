import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_DRAFT, DRAFT_WITH_WEB_CLUTTER, DRAFT_WITHOUT_FINAL_DECISION, jsonReport, ruleIds, runCli, tempTree } from './helpers';

describe('exit codes', () => {
  it('exits 0 for a clean statement', () => {
    const dir = tempTree({ 'clean.decision.txt': CLEAN_DRAFT });
    const result = runCli(['clean.decision.txt'], { cwd: dir });
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, 'No problems in 1 file.\n');
    assert.equal(result.status, 0);
  });

  it('exits 0 when the only findings are info', () => {
    const dir = tempTree({ 'copied.decision.txt': DRAFT_WITH_WEB_CLUTTER });
    const result = runCli(['--format', 'json', 'copied.decision.txt'], { cwd: dir });
    assert.deepEqual(new Set(ruleIds(jsonReport(result)[0])), new Set(['web-clutter']));
    assert.equal(result.status, 0);
  });

  it('exits 1 when a finding is at error level', () => {
    const dir = tempTree({ 'draft.decision.txt': DRAFT_WITHOUT_FINAL_DECISION });
    const result = runCli(['draft.decision.txt'], { cwd: dir });
    assert.match(result.stdout, /section-missing/);
    assert.equal(result.status, 1);
  });

  describe('--max-warnings', () => {
    const dir = tempTree({
      '.decision-lintrc.json': JSON.stringify({ root: true, rules: { 'section-missing': 'warning' } }),
      'draft.decision.txt': DRAFT_WITHOUT_FINAL_DECISION,
    });

    it('exits 1 when there are more warnings than allowed, and says so on stderr', () => {
      const result = runCli(['--max-warnings', '0', 'draft.decision.txt'], { cwd: dir });
      assert.match(result.stderr, /too many warnings \(1; --max-warnings allows 0\)/);
      assert.equal(result.status, 1);
    });

    it('exits 0 when the warnings are within the limit', () => {
      assert.equal(runCli(['--max-warnings', '1', 'draft.decision.txt'], { cwd: dir }).status, 0);
    });

    it('exits 0 on warnings when no limit is given', () => {
      assert.equal(runCli(['draft.decision.txt'], { cwd: dir }).status, 0);
    });

    it('still counts the warnings --quiet hides, so that --quiet --max-warnings 0 fails on one', () => {
      const result = runCli(['--quiet', '--max-warnings', '0', '--format', 'json', 'draft.decision.txt'], { cwd: dir });
      assert.deepEqual(jsonReport(result)[0]?.messages, []);
      assert.match(result.stderr, /too many warnings \(1; --max-warnings allows 0\)/);
      assert.equal(result.status, 1);
      assert.equal(runCli(['--quiet', '--max-warnings', '1', 'draft.decision.txt'], { cwd: dir }).status, 0);
    });
  });

  describe('usage errors exit 2 with the usage on stderr and nothing on stdout', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown option', ['--bogus', 'x.decision.txt'], /Unknown option '--bogus'/],
      ['no files', [], /No files given/],
      ['an unknown format', ['--format', 'xml', 'x.decision.txt'], /Unknown format "xml"/],
      ['a --max-warnings that is not a number', ['--max-warnings', 'many', 'x.decision.txt'], /--max-warnings takes a whole number/],
      ['--fix with --fix-dry-run', ['--fix', '--fix-dry-run', 'x.decision.txt'], /not both/],
      ['--fix with --stdin', ['--fix', '--stdin'], /--fix cannot write to standard input/],
      ['--stdin-filename without --stdin', ['--stdin-filename', 'a.decision.txt', 'x.decision.txt'], /add --stdin/],
    ];
    for (const [what, args, message] of cases) {
      it(`for ${what}`, () => {
        const result = runCli(args);
        assert.match(result.stderr, message);
        assert.match(result.stderr, /^Usage: decision-lint \[options\]/m);
        assert.equal(result.stdout, '');
        assert.equal(result.status, 2);
      });
    }
  });

  describe('a broken config exits 2, naming the file, the key and what was expected', () => {
    it('for a value of the wrong kind', () => {
      const dir = tempTree({ '.decision-lintrc.json': '{ "root": true, "numbering": "sometimes" }', 'a.decision.txt': CLEAN_DRAFT });
      const result = runCli(['--format', 'json', 'a.decision.txt'], { cwd: dir });
      assert.match(result.stderr, /configuration error/);
      assert.ok(result.stderr.includes(join(dir, '.decision-lintrc.json')), result.stderr);
      assert.match(result.stderr, /"numbering": .*expected one of "auto"\|"continuous"\|"restart"/);
      assert.equal(result.stdout, '');
      assert.equal(result.status, 2);
    });

    it('for a rule that does not exist', () => {
      const dir = tempTree({ '.decision-lintrc.json': '{ "root": true, "rules": { "section-mising": "off" } }', 'a.decision.txt': CLEAN_DRAFT });
      const result = runCli(['a.decision.txt'], { cwd: dir });
      assert.ok(result.stderr.includes(join(dir, '.decision-lintrc.json')), result.stderr);
      assert.match(result.stderr, /"rules\.section-mising": unknown rule/);
      assert.equal(result.status, 2);
    });

    it('for a severity misspelt, saying what a rule setting may be', () => {
      const dir = tempTree({ '.decision-lintrc.json': '{ "root": true, "rules": { "section-missing": "eror" } }', 'a.decision.txt': CLEAN_DRAFT });
      const result = runCli(['a.decision.txt'], { cwd: dir });
      assert.match(result.stderr, /"rules\.section-missing": expected a severity \("off", "hint", "info", "warning", "error"\) or \[severity, options\]/);
      assert.equal(result.status, 2);
    });

    it('for a key the config does not have, and for heading aliases of a section that does not exist', () => {
      for (const [body, key] of [['{ "numbring": "auto" }', /"numbring": unknown key/], ['{ "headingAliases": { "finding": ["What we found"] } }', /"headingAliases\.finding": unknown section id; expected one of complaint,/]] as const) {
        const dir = tempTree({ '.decision-lintrc.json': body, 'a.decision.txt': CLEAN_DRAFT });
        const result = runCli(['a.decision.txt'], { cwd: dir });
        assert.ok(result.stderr.includes(join(dir, '.decision-lintrc.json')), result.stderr);
        assert.match(result.stderr, key);
        assert.equal(result.status, 2);
      }
    });

    it('for a file that is not JSON, with the line and column', () => {
      const dir = tempTree({ '.decision-lintrc.json': '{\n  "root": true\n  "numbering": "auto"\n}\n', 'a.decision.txt': CLEAN_DRAFT });
      const result = runCli(['a.decision.txt'], { cwd: dir });
      assert.ok(result.stderr.includes(join(dir, '.decision-lintrc.json')), result.stderr);
      assert.match(result.stderr, /is not valid JSON: .* at line 3, column 3/);
      assert.equal(result.status, 2);
    });

    it('for a --config file that does not exist', () => {
      const dir = tempTree({ 'a.decision.txt': CLEAN_DRAFT });
      const result = runCli(['--config', 'missing.json', 'a.decision.txt'], { cwd: dir });
      assert.ok(result.stderr.includes(join(dir, 'missing.json')), result.stderr);
      assert.match(result.stderr, /no such file/);
      assert.equal(result.status, 2);
    });
  });

  describe('a path that cannot be linted exits 2 with a message naming it, and the other files are still linted', () => {
    const cases: [string, Record<string, string | Uint8Array>, string, RegExp][] = [
      ['a path that does not exist', {}, 'no-such-draft.decision.txt', /no-such-draft\.decision\.txt: cannot be read: no such file or folder/],
      ['a glob that matches nothing', {}, 'drafts/*.decision.txt', /drafts\/\*\.decision\.txt: no files match/],
      ['a folder with no drafts', { 'notes/readme.md': '# Notes\n' }, 'notes', /notes: is a folder with no drafts in it/],
      ['a binary file', { 'scan.decision': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]) }, 'scan.decision', /scan\.decision: is a binary file/],
      ['a file that is not UTF-8', { 'old.decision.txt': Buffer.from('Payment of \xa3250', 'latin1') }, 'old.decision.txt', /old\.decision\.txt: is not valid UTF-8/],
      ['a file over the size limit', { 'huge.decision.txt': 'x'.repeat(10 * 1024 * 1024 + 1) }, 'huge.decision.txt', /huge\.decision\.txt: is larger than 10 MB/],
    ];
    for (const [what, files, target, message] of cases) {
      it(`for ${what}`, () => {
        const dir = tempTree({ ...files, 'good.decision.txt': CLEAN_DRAFT, 'bad.decision.txt': DRAFT_WITHOUT_FINAL_DECISION });
        const result = runCli(['--format', 'json', target, 'good.decision.txt', 'bad.decision.txt'], { cwd: dir });
        assert.match(result.stderr, message);
        const reports = jsonReport(result);
        assert.deepEqual(
          reports.map((r) => r.filePath),
          [join(dir, 'good.decision.txt'), join(dir, 'bad.decision.txt')],
        );
        assert.deepEqual(ruleIds(reports[1]), ['section-missing']);
        assert.equal(result.status, 2);
      });
    }
  });
});
