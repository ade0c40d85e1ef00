/**
 * Guards speed work against changed findings: `save <file>` records the built CLI's JSON report over
 * the examples, the drafts under test/, the published decisions and a generated corpus (clean drafts and
 * drafts with slips spliced in); `check <file>` runs the same and fails unless every report is
 * byte-identical. Save before an optimisation, check after it; a third argument names another
 * build of the CLI to run instead of dist/cli.js (an older commit's, to save its findings).
 *
 *   node scripts/build.mjs && node --import tsx scripts/bench/same-findings.ts save /tmp/findings.json
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { adversarialInputs } from './adversarial-inputs';
import { generateCorpus } from './generate-drafts';

const ROOT = resolve(import.meta.dirname, '../..');
// A folder of its own, so that two checks running at once (two checkouts) do not share a corpus.
const CORPUS = mkdtempSync(join(tmpdir(), 'decision-lint-same-findings-'));

/** Slips a writer makes, spliced into generated drafts so that most rules have something to find. */
const SLIPS: ((line: string) => string)[] = [
  () => '',
  (line) => line.toLowerCase(),
  (line) => line.replace(/\d+/, (n) => String(Number(n) + 1)),
  (line) => line.replace(/\(Local Government Act 1974/, '(LGA 1974'),
  (line) => `${line} Mrs Smith told us on 31 February 2023 that section 26(1) applied.`,
  (line) => line.replace(/£\d+/, '£3OO'),
  (line) => line.replace(/Within one month/, 'Within 3 weeks'),
  (line) => `${line}\r`,
  (line) => line.replace(/^(\s*)\d+\. /, '$1'),
  (line) => `  ${line}`,
];

function withSlips(draft: string, seed: number): string {
  const lines = draft.split('\n');
  for (let i = seed % 7; i < lines.length; i += 9 + (seed % 5)) lines[i] = SLIPS[(i + seed) % SLIPS.length]!(lines[i]!);
  return lines.join('\n');
}

function writeCorpus(): void {
  generateCorpus(1024 * 1024, 11).forEach((draft, i) => {
    writeFileSync(join(CORPUS, `clean-${i}.decision.txt`), draft);
    writeFileSync(join(CORPUS, `slips-${i}.decision.txt`), withSlips(draft, i));
  });
  adversarialInputs(64 * 1024).forEach(({ text }, i) => writeFileSync(join(CORPUS, `adversarial-${i}.decision.txt`), text));
}

/**
 * The JSON report of the CLI over each target, with the corpus folder and the checkout written as fixed
 * names, so that a report saved in one checkout compares with one made in another.
 */
function reports(cli: string): Record<string, string> {
  const decisions = resolve(ROOT, '../shared/decisions');
  const targets: Record<string, string[]> = {
    examples: ['examples'],
    fixtures: ['test/**/*.decision.txt'],
    decisions: readdirSync(decisions).map((name) => join(decisions, name)),
    corpus: [CORPUS],
    fixDryRun: ['--fix-dry-run', CORPUS],
  };
  const out: Record<string, string> = {};
  for (const [name, args] of Object.entries(targets)) {
    const run = spawnSync(process.execPath, [cli, '--format', 'json', ...args], { cwd: ROOT, maxBuffer: 1024 ** 3, encoding: 'utf8' });
    out[name] = `exit ${run.status}\n${run.stdout.replaceAll(CORPUS, '<corpus>').replaceAll(ROOT, '<checkout>')}${run.stderr}`;
  }
  return out;
}

const [mode, file, cli = join(ROOT, 'dist/cli.js')] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'check') || file === undefined) {
  console.error('usage: same-findings.ts save|check <file> [cli.js]');
  process.exit(2);
}
writeCorpus();
const now = reports(resolve(cli));
if (mode === 'save') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`saved ${Object.keys(now).length} reports (${Object.values(now).reduce((n, r) => n + r.length, 0)} characters) to ${file}`);
} else {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const changed = Object.keys(saved).filter((name) => saved[name] !== now[name]);
  for (const name of changed) console.error(`${name}: the report differs from the saved one`);
  console.log(changed.length === 0 ? 'same findings in every report' : `${changed.length} report(s) changed`);
  process.exitCode = changed.length === 0 ? 0 : 1;
}
rmSync(CORPUS, { recursive: true, force: true });
