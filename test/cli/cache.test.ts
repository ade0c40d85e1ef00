import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtInConfig } from '../../server/src/core';
import { LintCache } from '../../server/src/node/lint-cache';
import { CLEAN_DRAFT, DRAFT_WITH_WEB_CLUTTER, DRAFT_WITHOUT_FINAL_DECISION, jsonReport, runCli, tempTree } from './helpers';

const CACHE = 'lint-cache.json';
const TAMPERED = 'stored by an earlier run';

interface StoredCache {
  layout: number;
  digest: string;
  entries: Record<string, { key: string; messages: { message: string }[] }>;
}

const readCache = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as StoredCache;

/**
 * Rewrites every stored message, keeping the keys, and signs the entries as the cache does: a run
 * that then prints the rewritten text took the findings from the cache and did not lint the file.
 * That proves a cache hit without timing.
 */
function tamper(file: string): void {
  const stored = readCache(file);
  for (const entry of Object.values(stored.entries)) for (const m of entry.messages) m.message = TAMPERED;
  stored.digest = createHash('sha256').update(JSON.stringify(stored.entries)).digest('hex');
  writeFileSync(file, JSON.stringify(stored));
}

/** The cache file of `dir` with every stored message replaced by `null`, its digest left as it was. */
function damageMessages(dir: string): string {
  const stored = readCache(join(dir, CACHE));
  for (const entry of Object.values(stored.entries)) entry.messages = entry.messages.map(() => null) as never;
  return JSON.stringify(stored);
}

function drafts(): string {
  return tempTree({ 'missing.decision.txt': DRAFT_WITHOUT_FINAL_DECISION, 'copied.decision.txt': DRAFT_WITH_WEB_CLUTTER, 'clean.decision.txt': CLEAN_DRAFT });
}

const lintCached = (dir: string, ...extra: string[]) => runCli(['--format', 'json', '--cache', '--cache-location', CACHE, ...extra, '.'], { cwd: dir });

describe('--cache', () => {
  it('stores one entry per file, and a second run prints the same report without linting or writing again', () => {
    const dir = drafts();
    const uncached = runCli(['.'], { cwd: dir });
    const first = runCli(['--cache', '--cache-location', CACHE, '.'], { cwd: dir });
    assert.equal(first.stdout, uncached.stdout);
    assert.equal(first.status, uncached.status);
    const stored = readCache(join(dir, CACHE));
    assert.deepEqual(Object.keys(stored.entries).sort(), ['clean', 'copied', 'missing'].map((name) => join(dir, `${name}.decision.txt`)));
    const written = statSync(join(dir, CACHE));

    const second = runCli(['--cache', '--cache-location', CACHE, '.'], { cwd: dir });
    assert.deepEqual(second, first);
    assert.equal(statSync(join(dir, CACHE)).mtimeMs, written.mtimeMs, 'nothing new to store');

    tamper(join(dir, CACHE));
    const third = jsonReport(lintCached(dir));
    const messages = third.flatMap((r) => r.messages.map((m) => m.message));
    assert.ok(messages.length > 0);
    assert.ok(messages.every((m) => m === TAMPERED), 'every finding came from the cache');
  });

  it('lints a file again when its text changes, and only that file', () => {
    const dir = drafts();
    lintCached(dir);
    tamper(join(dir, CACHE));
    writeFileSync(join(dir, 'missing.decision.txt'), `${DRAFT_WITHOUT_FINAL_DECISION}\n`);
    const reports = jsonReport(lintCached(dir));
    const messagesOf = (name: string) => reports.find((r) => r.filePath === join(dir, name))!.messages.map((m) => m.message);
    assert.ok(!messagesOf('missing.decision.txt').includes(TAMPERED));
    assert.ok(messagesOf('copied.decision.txt').every((m) => m === TAMPERED));
  });

  it('lints again when the configuration that applies changes, rule severities included', () => {
    const dir = drafts();
    lintCached(dir);
    tamper(join(dir, CACHE));
    writeFileSync(join(dir, '.decision-lintrc.json'), JSON.stringify({ root: true, rules: { 'section-missing': 'warning' } }));
    const result = lintCached(dir);
    const findings = jsonReport(result).flatMap((r) => r.messages);
    assert.ok(findings.every((m) => m.message !== TAMPERED));
    assert.equal(findings.find((m) => m.ruleId === 'section-missing')?.severity, 'warning');
    assert.equal(result.status, 0);
  });

  it('lints again for another version of decision-lint', async () => {
    const dir = tempTree({});
    const file = join(dir, 'draft.decision.txt');
    const before = await LintCache.open(CACHE, dir, '1.0.0');
    before.lint(file, DRAFT_WITHOUT_FINAL_DECISION, builtInConfig());
    assert.equal(await before.save(), undefined);
    tamper(join(dir, CACHE));
    const sameVersion = (await LintCache.open(CACHE, dir, '1.0.0')).lint(file, DRAFT_WITHOUT_FINAL_DECISION, builtInConfig());
    assert.ok(sameVersion.every((m) => m.message === TAMPERED));
    const newVersion = (await LintCache.open(CACHE, dir, '1.0.1')).lint(file, DRAFT_WITHOUT_FINAL_DECISION, builtInConfig());
    assert.ok(newVersion.length > 0 && newVersion.every((m) => m.message !== TAMPERED));
  });

  it('ignores a damaged cache, and replaces it with a sound one', () => {
    const dir = drafts();
    const expected = runCli(['--format', 'json', '.'], { cwd: dir });
    lintCached(dir);
    const nullMessages = damageMessages(dir);
    for (const damaged of ['{"layout": 2, "entries": {', '[]', 'null', '{"layout": 2, "entries": {"x": 3}}', '\u0000\u0001', nullMessages]) {
      writeFileSync(join(dir, CACHE), damaged);
      const result = lintCached(dir);
      assert.deepEqual(result, expected, damaged);
      assert.equal(Object.keys(readCache(join(dir, CACHE)).entries).length, 3);
    }
  });

  it('still lints, warns and exits as without the cache when the cache cannot be read or written', () => {
    const dir = drafts();
    const expected = runCli(['--format', 'json', '.'], { cwd: dir });
    const result = runCli(['--format', 'json', '--cache', '--cache-location', 'clean.decision.txt/cache.json', '.'], { cwd: dir });
    assert.equal(result.stdout, expected.stdout);
    assert.equal(result.status, expected.status);
    assert.match(result.stderr, /clean\.decision\.txt\/cache\.json: the cache was not saved: /);
  });

  it('keeps its file under node_modules/.cache/decision-lint/ unless told otherwise, leaving no temporary file', () => {
    const dir = drafts();
    runCli(['--cache', '.'], { cwd: dir });
    const folder = join(dir, 'node_modules/.cache/decision-lint');
    assert.deepEqual(readdirSync(folder), ['lint-cache.json']);
    runCli(['--cache', '--cache-location', 'elsewhere/', '.'], { cwd: dir });
    assert.deepEqual(readdirSync(join(dir, 'elsewhere')), ['lint-cache.json']);
  });

  it('is neither read nor written by --fix or --fix-dry-run', () => {
    const dir = drafts();
    for (const fix of ['--fix-dry-run', '--fix']) runCli(['--cache', fix, '.'], { cwd: dir });
    assert.ok(!existsSync(join(dir, 'node_modules')));
    assert.match(readFileSync(join(dir, 'missing.decision.txt'), 'utf8'), /^Final decision$/m, '--fix still fixed');
  });

  for (const [args, reason] of [
    [['--cache-location', CACHE, '.'], /add --cache/],
    [['--cache', '--stdin'], /--cache .* does not apply to --stdin/],
    [['remedies', '--cache', 'missing.decision.txt'], /--cache does not apply to "decision-lint remedies"/],
  ] as const) {
    it(`refuses ${args.join(' ')} as a usage error`, () => {
      const result = runCli(args, { cwd: drafts(), input: CLEAN_DRAFT });
      assert.equal(result.status, 2);
      assert.match(result.stderr, reason);
    });
  }
});
