import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { TextEdit } from '../../server/src/core';
import { crlf, withBom } from '../helpers/drafts';
import { CLEAN_DRAFT, DRAFT_WITH_WEB_CLUTTER, DRAFT_WITHOUT_FINAL_DECISION, jsonReport, ruleIds, runCli, tempTree } from './helpers';

/** As typed on Windows: a byte order mark and CRLF line ends, which fixing must keep. */
const WINDOWS_DRAFT = withBom(crlf(DRAFT_WITH_WEB_CLUTTER));

/** The fixes of a first lint applied by hand, so the test does not trust the code under test. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.range[0] - a.range[0]).reduce((out, e) => out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]), text);
}

describe('--fix', () => {
  it('writes the fixed text atomically, keeps the file mode, and leaves all text outside the fixed ranges byte for byte', () => {
    const dir = tempTree({ 'copied.decision.txt': WINDOWS_DRAFT });
    const file = join(dir, 'copied.decision.txt');
    chmodSync(file, 0o640);
    const before = statSync(file);
    const edits = jsonReport(runCli(['--format', 'json', file])).flatMap((r) => r.messages.flatMap((m) => m.fix?.edits ?? []));
    assert.ok(edits.length >= 2, 'the draft has web clutter to fix');

    const result = runCli(['--fix', '--format', 'json', file]);
    assert.deepEqual(ruleIds(jsonReport(result)[0]), []);
    assert.equal(result.status, 0);

    const after = statSync(file);
    assert.equal(readFileSync(file, 'utf8'), applyEdits(WINDOWS_DRAFT, edits));
    assert.ok(readFileSync(file).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'the byte order mark is kept');
    assert.equal(after.mode & 0o777, 0o640);
    assert.notEqual(after.ino, before.ino, 'a new file was renamed into place');
    assert.deepEqual(readdirSync(dir), ['copied.decision.txt'], 'no temporary file is left behind');
  });

  it('does not touch a file that needs no fix', () => {
    const dir = tempTree({ 'clean.decision.txt': CLEAN_DRAFT });
    const file = join(dir, 'clean.decision.txt');
    const before = statSync(file);
    assert.equal(runCli(['--fix', file]).status, 0);
    const after = statSync(file);
    assert.equal(after.ino, before.ino);
    assert.equal(after.mtimeMs, before.mtimeMs);
  });

  it('reports only what is left after fixing, and exits by that', () => {
    const dir = tempTree({ 'missing.decision.txt': DRAFT_WITHOUT_FINAL_DECISION });
    const result = runCli(['--fix', '--format', 'json', 'missing.decision.txt'], { cwd: dir });
    const [report] = jsonReport(result);
    assert.ok(!ruleIds(report).includes('section-missing'));
    assert.equal(result.status, report!.errorCount > 0 ? 1 : 0);
    assert.match(readFileSync(join(dir, 'missing.decision.txt'), 'utf8'), /^Final decision$/m);
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing and reports the text --fix would write as "output"', () => {
    const dir = tempTree({ 'dry.decision.txt': WINDOWS_DRAFT, 'wet.decision.txt': WINDOWS_DRAFT });
    const dry = join(dir, 'dry.decision.txt');
    const before = statSync(dry);
    const result = runCli(['--fix-dry-run', '--format', 'json', dry]);
    const [report] = jsonReport(result);
    assert.equal(readFileSync(dry, 'utf8'), WINDOWS_DRAFT);
    assert.equal(statSync(dry).mtimeMs, before.mtimeMs);

    runCli(['--fix', join(dir, 'wet.decision.txt')]);
    assert.equal(report!.output, readFileSync(join(dir, 'wet.decision.txt'), 'utf8'));
    assert.deepEqual(ruleIds(report), []);
  });

  it('gives no "output" for a file that fixing would not change', () => {
    const dir = tempTree({ 'clean.decision.txt': CLEAN_DRAFT });
    const [report] = jsonReport(runCli(['--fix-dry-run', '--format', 'json', 'clean.decision.txt'], { cwd: dir }));
    assert.equal(report!.output, undefined);
  });
});
