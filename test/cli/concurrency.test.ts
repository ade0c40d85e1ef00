import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AUTO_MIN_FILES, workerCount } from '../../server/src/cli/concurrency';
import { LintPool } from '../../server/src/cli/lint-pool';
import { CLOSED_DRAFT, HOUSE_DRAFTS, shiftNumbers, swap, WEB_COPY } from '../helpers/drafts';
import { DRAFT_WITH_WEB_CLUTTER, DRAFT_WITHOUT_FINAL_DECISION, runCli, tempTree } from './helpers';

/** Clean house drafts, and the same drafts with the slips writers make: errors, warnings and fixable clutter. */
function draftTree(): string {
  const files: Record<string, string> = {};
  HOUSE_DRAFTS.forEach(({ text }, i) => {
    files[`clean/${i}.decision.txt`] = text;
    files[`slips/numbering-${i}.decision.txt`] = shiftNumbers(text, 3, 1);
  });
  files['slips/missing.decision.txt'] = DRAFT_WITHOUT_FINAL_DECISION;
  files['slips/clutter.decision.txt'] = DRAFT_WITH_WEB_CLUTTER;
  files['slips/heading-case.decision'] = swap(WEB_COPY, 'What I found', 'What I Found');
  files['closed.decision.txt'] = CLOSED_DRAFT;
  return tempTree(files);
}

const lint = (dir: string, ...args: string[]) => runCli(['--format', 'json', ...args, '.'], { cwd: dir });

function texts(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['.', 'clean', 'slips']) {
    for (const name of readdirSync(join(dir, sub)).filter((n) => n.includes('.decision'))) out[`${sub}/${name}`] = readFileSync(join(dir, sub, name), 'utf8');
  }
  return out;
}

describe('--concurrency', () => {
  it('prints the same report, in the same order, with the same exit code as a run in one thread', () => {
    const dir = draftTree();
    const serial = lint(dir, '--concurrency', '1');
    const threaded = lint(dir, '--concurrency', '2');
    assert.equal(serial.status, 1, serial.stderr);
    assert.ok((JSON.parse(serial.stdout) as unknown[]).length === 16);
    assert.equal(threaded.stdout, serial.stdout);
    assert.equal(threaded.status, serial.status);
    assert.equal(threaded.stderr, serial.stderr);
    const stylish = runCli(['--concurrency', '3', '--no-color', '.'], { cwd: dir });
    assert.equal(stylish.stdout, runCli(['--no-color', '.'], { cwd: dir }).stdout);
  });

  it('writes the same fixes with --fix as a run in one thread', () => {
    const serialDir = draftTree();
    const threadedDir = draftTree();
    const serial = lint(serialDir, '--fix', '--concurrency', '1');
    const threaded = lint(threadedDir, '--fix', '--concurrency', '2');
    assert.equal(threaded.status, serial.status);
    assert.equal(threaded.stdout.replaceAll(threadedDir, '<dir>'), serial.stdout.replaceAll(serialDir, '<dir>'));
    const fixed = texts(threadedDir);
    assert.deepEqual(fixed, texts(serialDir));
    assert.notEqual(fixed['slips/clutter.decision.txt'], DRAFT_WITH_WEB_CLUTTER);
  });

  it('keeps the findings of the worker threads in the --cache, and takes a shard of the files', () => {
    const dir = draftTree();
    const first = lint(dir, '--cache', '--cache-location', 'cache.json', '--concurrency', '2');
    const stored = JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')) as { entries: Record<string, unknown> };
    assert.equal(Object.keys(stored.entries).length, 16);
    assert.equal(lint(dir, '--cache', '--cache-location', 'cache.json', '--concurrency', '2').stdout, first.stdout);
    for (const shard of ['1/3', '3/3']) assert.equal(lint(dir, '--shard', shard, '--concurrency', '2').stdout, lint(dir, '--shard', shard).stdout);
  });

  it('refuses a count that is not a whole number of threads, and standard input', () => {
    for (const value of ['0', 'two', '1.5', '=-1']) {
      const result = runCli([value.startsWith('=') ? `--concurrency${value}` : '--concurrency', ...(value.startsWith('=') ? [] : [value]), '.']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--concurrency takes a number of threads/);
    }
    assert.match(runCli(['--stdin', '--concurrency', '2'], { input: CLOSED_DRAFT }).stderr, /does not apply to --stdin/);
    assert.match(runCli(['remedies', '--concurrency', '2', 'x.decision.txt']).stderr, /--concurrency does not apply/);
  });
});

describe('how many worker threads', () => {
  it('uses threads by itself only for many files, one fewer than the cores', () => {
    assert.equal(workerCount('auto', AUTO_MIN_FILES - 1, 8), 1);
    assert.equal(workerCount('auto', AUTO_MIN_FILES, 1), 0);
    assert.equal(workerCount('auto', AUTO_MIN_FILES, 2), 1);
    assert.equal(workerCount('auto', AUTO_MIN_FILES, 4), 3);
    assert.equal(workerCount(4, 3, 2), 3);
    assert.equal(workerCount(1, 500, 8), 1);
  });
});

/** A worker that throws on a file named "throws" and dies on one named "dies"; it checks nothing else. */
const FAILING_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.file === 'dies') process.exit(3);
  if (job.file === 'throws') return parentPort.postMessage({ id: job.id, error: 'the rule table is broken' });
  parentPort.postMessage({ id: job.id, checked: JSON.stringify({ messages: [] }) });
});
`;

describe('a worker that fails', () => {
  it('fails only the drafts it had in hand, and the others are still checked', async () => {
    const script = join(tempTree({ 'worker.js': FAILING_WORKER }), 'worker.js');
    const pool = new LintPool(2, script, { config: undefined, decisionDate: undefined, fix: false, fixDryRun: false, timing: false });
    try {
      const files = ['a', 'throws', 'b', 'dies', 'c', 'd', 'e'];
      const results = await Promise.allSettled(files.map((file) => pool.check(file, CLOSED_DRAFT)));
      const byFile = Object.fromEntries(files.map((file, i) => [file, results[i]!]));
      assert.deepEqual(byFile.throws, { status: 'rejected', reason: new Error('the rule table is broken') });
      assert.equal(byFile.dies!.status, 'rejected');
      assert.match(String((byFile.dies as PromiseRejectedResult).reason), /stopped \(exit code 3\)/);
      // 'd' went to the same worker as 'dies', after it; the drafts of the other worker all come back.
      for (const file of ['a', 'b', 'c', 'e']) assert.deepEqual(byFile[file], { status: 'fulfilled', value: { messages: [] } });
      assert.equal((await pool.check('after', CLOSED_DRAFT)).messages.length, 0);
    } finally {
      await pool.close();
    }
  });

  it('fails every draft when no worker can start', async () => {
    const script = join(tempTree({ 'worker.js': 'throw new Error("cannot start");' }), 'worker.js');
    const pool = new LintPool(2, script, { config: undefined, decisionDate: undefined, fix: false, fixDryRun: false, timing: false });
    try {
      await assert.rejects(pool.check('a', CLOSED_DRAFT), /cannot start/);
      await assert.rejects(pool.check('b', CLOSED_DRAFT), /cannot start/);
    } finally {
      await pool.close();
    }
  });
});
