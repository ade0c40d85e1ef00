import assert from 'node:assert/strict';
import { chmodSync, chownSync, closeSync, ftruncateSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeFixes } from '../../server/src/node/fix-write';
import { CLEAN_DRAFT, DRAFT_WITH_WEB_CLUTTER, DRAFT_WITHOUT_FINAL_DECISION, jsonReport, runCli, tempTree } from '../cli/helpers';
import { crlf, withBom } from '../helpers/drafts';

/** A file of `bytes` zeros made without writing them: sparse, so 50 MB costs no time or disk. */
function sparseFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

/** Runs the built CLI on the folder, and checks the run failed (2) but still linted the good draft. */
function lintFolderWith(dir: string, extra: readonly string[] = [], options: { unprivileged?: boolean } = {}) {
  const result = runCli(['--format', 'json', '.', ...extra], { cwd: dir, ...options });
  assert.equal(result.status, 2, result.stderr);
  const linted = jsonReport(result).map((r) => r.filePath.slice(dir.length + 1));
  assert.ok(linted.includes('good.decision.txt'), `good.decision.txt was linted (${linted.join(', ')})`);
  return { stderr: result.stderr, linted };
}

describe('files that cannot be linted', () => {
  it('a binary file, a 50 MB file, a vanished file and a symbolic link to itself: one clear message each, the rest linted', () => {
    const dir = tempTree({ 'good.decision.txt': CLEAN_DRAFT, 'scan.decision.txt': Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff]) });
    sparseFile(join(dir, 'huge.decision.txt'), 50 * 1024 * 1024);
    // A file named on the command line that is gone by the time it is looked at: a link whose target
    // was deleted (the moment between the search and the read cannot be hit reliably from outside).
    symlinkSync('deleted-since.decision.txt', join(dir, 'vanished.decision.txt'));
    symlinkSync('self.decision.txt', join(dir, 'self.decision.txt'));
    const { stderr, linted } = lintFolderWith(dir, ['vanished.decision.txt', 'self.decision.txt']);
    assert.deepEqual(linted, ['good.decision.txt']);
    const lines = stderr.trimEnd().split('\n');
    const about = (name: string) => lines.filter((line) => line.includes(name));
    assert.match(about('scan.decision.txt').join(), /is a binary file, not a plain-text draft/);
    assert.match(about('huge.decision.txt').join(), /is larger than 10 MB \(the limit for a draft\), so it was not linted/);
    assert.match(about('vanished.decision.txt').join(), /vanished\.decision\.txt: cannot be read: no such file or folder/);
    assert.match(about('self.decision.txt').join(), /self\.decision\.txt: cannot be read: .*too many symbolic links/);
    for (const name of ['scan', 'huge', 'vanished', 'self']) assert.equal(about(`${name}.decision.txt`).length, 1, name);
    assert.ok(lines.every((line) => line.startsWith('decision-lint: ')), stderr);
    assert.doesNotMatch(stderr, /internal error|\n\s+at /);
  });

  it('a symbolic link from a folder to itself: the search ends, and each draft is linted once', () => {
    const dir = tempTree({ 'good.decision.txt': CLEAN_DRAFT, 'sub/missing.decision.txt': DRAFT_WITHOUT_FINAL_DECISION });
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('.', join(dir, 'here'));
    const result = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(result.stderr, '');
    assert.deepEqual(jsonReport(result).map((r) => r.filePath.slice(dir.length + 1)).sort(), ['good.decision.txt', 'sub/missing.decision.txt']);
    assert.equal(result.status, 1, 'exit 1 for the error in sub/missing, not 2: the loop is no failure of the run');
  });

  it('an unreadable file', () => {
    const dir = tempTree({ 'good.decision.txt': CLEAN_DRAFT, 'locked.decision.txt': CLEAN_DRAFT });
    chmodSync(join(dir, 'locked.decision.txt'), 0o000);
    // Root reads a file whatever its mode: as root the CLI runs as "nobody", who may enter the folder and read the good draft.
    chmodSync(dir, 0o755);
    const { stderr, linted } = lintFolderWith(dir, [], { unprivileged: true });
    assert.deepEqual(linted, ['good.decision.txt']);
    assert.match(stderr, /locked\.decision\.txt: cannot be read: permission denied/);
  });
});

describe('--fix and the file on disk', () => {
  it('refuses a read-only file, though its folder would let a new file be renamed over it', () => {
    const dir = tempTree({ 'locked.decision.txt': DRAFT_WITH_WEB_CLUTTER });
    const file = join(dir, 'locked.decision.txt');
    chmodSync(file, 0o444);
    chmodSync(dir, 0o777);
    // Root writes any file whatever its mode: as root the CLI runs as "nobody".
    const result = runCli(['--fix', file], { unprivileged: true });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /locked\.decision\.txt: cannot be written: permission denied/);
    assert.equal(readFileSync(file, 'utf8'), DRAFT_WITH_WEB_CLUTTER);
    assert.equal(statSync(file).mode & 0o777, 0o444);
  });

  it('keeps the owner of a file it fixes for another user', { skip: process.getuid?.() !== 0 && 'only root can give a file another owner' }, () => {
    const dir = tempTree({ 'theirs.decision.txt': DRAFT_WITH_WEB_CLUTTER });
    const file = join(dir, 'theirs.decision.txt');
    chmodSync(file, 0o640);
    chownSync(file, 65534, 65534);
    assert.equal(runCli(['--fix', file]).status, 0);
    assert.doesNotMatch(readFileSync(file, 'utf8'), /Back to top/, 'the fixes were written');
    const { uid, gid, mode } = statSync(file);
    assert.deepEqual([uid, gid, mode & 0o777], [65534, 65534, 0o640]);
  });

  it('keeps the byte order mark and CRLF line ends', () => {
    const dir = tempTree({ 'windows.decision.txt': withBom(crlf(DRAFT_WITH_WEB_CLUTTER)) });
    const file = join(dir, 'windows.decision.txt');
    assert.equal(runCli(['--fix', file]).status, 0);
    const fixed = readFileSync(file);
    assert.ok(fixed.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'the byte order mark is kept');
    const text = fixed.toString('utf8');
    assert.doesNotMatch(text, /Back to top/, 'the fixes were written');
    assert.doesNotMatch(text, /(?<!\r)\n/, 'every line still ends in CRLF');
  });

  it('refuses to write over a file that changed on disk since it was read, and says so', async () => {
    const dir = tempTree({ 'draft.decision.txt': DRAFT_WITH_WEB_CLUTTER });
    const file = join(dir, 'draft.decision.txt');
    const savedMeanwhile = `${DRAFT_WITH_WEB_CLUTTER}A paragraph the author added.\n`;
    writeFileSync(file, savedMeanwhile);
    await assert.rejects(writeFixes(file, DRAFT_WITH_WEB_CLUTTER, CLEAN_DRAFT), /draft\.decision\.txt: changed on disk while it was being linted, so the fixes were not written/);
    assert.equal(readFileSync(file, 'utf8'), savedMeanwhile);

    await writeFixes(file, savedMeanwhile, CLEAN_DRAFT);
    assert.equal(readFileSync(file, 'utf8'), CLEAN_DRAFT, 'an unchanged file is written');
  });
});
