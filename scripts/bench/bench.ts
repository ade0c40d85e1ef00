/**
 * `npm run bench`: lints generated corpora of realistic drafts in process and through the built CLI
 * (serially, on worker threads, and from a warm --cache), lints the same text as Markdown with
 * markdownlint-cli2 for a ratio on the same machine in the same run, times the CLI's cold start, and
 * times adversarial inputs against normal text. Figures, not assertions: with --write-readme it also
 * puts them between the bench markers of README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { workerCount } from '../../server/src/cli/concurrency';
import { adversarialInputs } from './adversarial-inputs';
import { bundledCore } from './bundled-core';
import { generateCorpus, generateDraft } from './generate-drafts';
import { percentile, table } from './report';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const PEER = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const README = join(ROOT, 'README.md');
const MB = 1024 * 1024;
/** The goals of the performance issue. */
const GOALS = { peerRatio: 20, coldStartMs: 150, growth: 11, adversarial: 2 };

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

function sizeOf(drafts: string[]): number {
  return drafts.reduce((sum, d) => sum + Buffer.byteLength(d), 0);
}

/** The in-process rows lint with the core as the bins bundle it, the code users run. */
const { builtInConfig, lint, RULES } = bundledCore();
const config = builtInConfig();

/** CPU time (all threads: the collector's too) in milliseconds; on a shared machine it moves less than wall time. */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Per-file wall times and the CPU time of the median of three passes over the drafts, after one pass to warm up. */
function lintTimes(drafts: string[]): { times: number[]; cpu: number } {
  for (const d of drafts) lint(d, config);
  const passes = [0, 1, 2].map(() => {
    const times: number[] = [];
    const cpu = cpuMs(() => {
      for (const d of drafts) {
        const t = performance.now();
        lint(d, config);
        times.push(performance.now() - t);
      }
    });
    return { times, cpu };
  });
  return passes.sort((a, b) => a.cpu - b.cpu)[1]!;
}

function inProcess(label: string, drafts: string[]): string[] {
  const { times, cpu } = lintTimes(drafts);
  times.sort((a, b) => a - b);
  const mb = sizeOf(drafts) / MB;
  return [label, String(drafts.length), mb.toFixed(1), (mb / (cpu / 1000)).toFixed(1), percentile(times, 0.5).toFixed(2), percentile(times, 0.95).toFixed(2)];
}

/** The drafts written out as files in a new folder. */
function writeTree(drafts: string[], extension: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'decision-lint-bench-'));
  drafts.forEach((d, i) => writeFileSync(join(dir, `draft-${i}${extension}`), d));
  return dir;
}

/**
 * Median wall times, in seconds, of commands run in folders, in turns: round after round, each command
 * once a round. The machine this runs on is shared and its speed drifts by half within minutes, so
 * commands timed one after the other saw different machines; in turns, each sees them all alike, and
 * the ratios between them hold.
 */
function timeInTurns<K extends string>(commands: Record<K, { dir: string; args: string[] }>, rounds = 3): Record<K, number> {
  const times = Object.fromEntries(Object.keys(commands).map((key) => [key, [] as number[]])) as unknown as Record<K, number[]>;
  const keys = Object.keys(commands) as K[];
  for (let round = 0; round < rounds; round++) {
    // Each round starts one command further on, so that no command always follows the long peer run.
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + round) % keys.length]!;
      const { dir, args } = commands[key];
      const t = performance.now();
      const run = spawnSync(process.execPath, args, { cwd: dir, maxBuffer: 512 * MB });
      times[key].push(performance.now() - t);
      if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([key, runs]) => [key, median(runs as number[]) / 1000])) as Record<K, number>;
}

function commandRow(label: string, drafts: string[], seconds: number): string[] {
  const mb = sizeOf(drafts) / MB;
  return [label, String(drafts.length), mb.toFixed(1), (mb / seconds).toFixed(1), ((seconds * 1000) / drafts.length).toFixed(2), '-'];
}

const cliArgs = (...extra: string[]) => [CLI, '--format', 'json', ...extra, '.'];

/**
 * A config with only the structure, numbering and front-matter rules on: the work closest to the
 * peer's Markdown rules, which read a document's structure and none of its citations, people,
 * personal data, remedies or consistency. In a folder of its own, outside the linted tree.
 */
function structureOnlyConfig(): string {
  const rules = Object.fromEntries(RULES.map((r) => r.meta.id).filter((id) => !/^(?:section|numbering|front-matter)-/.test(id)).map((id) => [id, 'off']));
  const path = join(mkdtempSync(join(tmpdir(), 'decision-lint-bench-config-')), 'structure-only.json');
  writeFileSync(path, JSON.stringify({ rules }));
  return path;
}
/** The CLI's own TIMING table for a tree, linted in one thread: where the time of a run goes, rule by rule. */
function timeByRule(dir: string): string {
  const run = spawnSync(process.execPath, cliArgs('--concurrency', '1'), { cwd: dir, maxBuffer: 512 * MB, encoding: 'utf8', env: { ...process.env, TIMING: '12' } });
  const table = run.stderr.slice(run.stderr.indexOf('Rule '));
  if (!table.startsWith('Rule ')) throw new Error(`no TIMING table from the CLI: ${run.stderr}`);
  return table.trimEnd();
}

/** The peer lints the same text as Markdown with its default rules. */
const PEER_ARGS = [PEER, '**/*.md'];

/**
 * The CLI's cold start, and Node's own start with nothing to run, timed in turns so that both see the
 * same load: Node's share is what no change to the CLI can win back, and it differs most between machines.
 */
function coldStart(draft: string): { rows: string[][]; ms: number; nodeMs: number } {
  const dir = writeTree([draft], '.decision.txt');
  try {
    const cli: number[] = [];
    const node: number[] = [];
    const time = (runs: number[], args: string[]) => {
      const t = performance.now();
      spawnSync(process.execPath, args, { cwd: dir });
      runs.push(performance.now() - t);
    };
    for (let i = 0; i < 21; i++) {
      time(cli, [CLI, 'draft-0.decision.txt']);
      time(node, ['-e', '0']);
    }
    cli.sort((a, b) => a - b);
    node.sort((a, b) => a - b);
    const kb = Buffer.byteLength(draft) / 1024;
    const row = (what: string, runs: number[]) => [what, '1', '-', '-', percentile(runs, 0.5).toFixed(1), percentile(runs, 0.95).toFixed(1)];
    return {
      rows: [row(`CLI cold start, one ${kb.toFixed(0)} KB draft`, cli), row('Node alone starting (node -e 0)', node)],
      ms: percentile(cli, 0.5),
      nodeMs: percentile(node, 0.5),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const met = (ok: boolean) => (ok ? 'met' : 'not met');

const oneMb = generateCorpus(1 * MB, 1);
const tenMb = generateCorpus(10 * MB, 1000);
const small = generateDraft({ seed: 7, paragraphs: 120 });
const big = generateDraft({ seed: 3, paragraphs: 4000 });

const rows = [
  inProcess('core, 1 MB corpus', oneMb),
  inProcess('core, 10 MB corpus', tenMb),
  inProcess(`core, one ${(Buffer.byteLength(small) / 1024).toFixed(0)} KB draft`, Array.from({ length: 50 }, () => small)),
  inProcess(`core, one ${(Buffer.byteLength(big) / MB).toFixed(1)} MB draft`, Array.from({ length: 5 }, () => big)),
];

const trees = { one: writeTree(oneMb, '.decision.txt'), ten: writeTree(tenMb, '.decision.txt'), peerOne: writeTree(oneMb, '.md'), peerTen: writeTree(tenMb, '.md') };
const structureOnly = structureOnlyConfig();
let seconds: Record<'cliOne' | 'cliTen' | 'serialTen' | 'threadsTen' | 'cached' | 'structureTen' | 'peerOne' | 'peerTen', number>;
let byRule: string;
try {
  byRule = timeByRule(trees.ten);
  spawnSync(process.execPath, cliArgs('--cache', '--cache-location', join(trees.ten, '.cache.json')), { cwd: trees.ten, maxBuffer: 512 * MB });
  seconds = timeInTurns({
    cliOne: { dir: trees.one, args: cliArgs() },
    cliTen: { dir: trees.ten, args: cliArgs() },
    serialTen: { dir: trees.ten, args: cliArgs('--concurrency', '1') },
    threadsTen: { dir: trees.ten, args: cliArgs('--concurrency', '2') },
    cached: { dir: trees.ten, args: cliArgs('--cache', '--cache-location', join(trees.ten, '.cache.json')) },
    structureTen: { dir: trees.ten, args: cliArgs('--config', structureOnly) },
    peerOne: { dir: trees.peerOne, args: PEER_ARGS },
    peerTen: { dir: trees.peerTen, args: PEER_ARGS },
  });
} finally {
  for (const dir of [...Object.values(trees), dirname(structureOnly)]) rmSync(dir, { recursive: true, force: true });
}
const cold = coldStart(small);
const autoThreads = workerCount('auto', tenMb.length, availableParallelism());
rows.push(
  commandRow('CLI, 1 MB corpus', oneMb, seconds.cliOne),
  commandRow(`CLI, 10 MB corpus (auto: ${autoThreads > 1 ? `${autoThreads} worker threads` : 'one thread'})`, tenMb, seconds.cliTen),
  commandRow('CLI, 10 MB corpus, --concurrency 1', tenMb, seconds.serialTen),
  commandRow('CLI, 10 MB corpus, --concurrency 2', tenMb, seconds.threadsTen),
  commandRow('CLI, 10 MB corpus, warm --cache', tenMb, seconds.cached),
  commandRow('CLI, 10 MB corpus, structural rules only', tenMb, seconds.structureTen),
  commandRow('markdownlint-cli2 (peer), 1 MB corpus', oneMb, seconds.peerOne),
  commandRow('markdownlint-cli2 (peer), 10 MB corpus', tenMb, seconds.peerTen),
  ...cold.rows,
);

/**
 * Normal text of the same shape as an adversarial input: one draft of about 1 MB. The 1 MB corpus is
 * normal text too, but as 95 drafts it also pays for reading 95 drafts' sections, which one draft
 * pays once, so against it a single draft of anything looks cheaper than it is.
 */
const normalDraft = generateDraft({ seed: 3, paragraphs: 4450 });

/** Rounds of the adversarial timings: the load on this shared machine changes from second to second. */
const ADVERSARIAL_ROUNDS = 7;

/**
 * The CPU time of an adversarial input, of the 1 MB corpus and of one normal draft as large, timed in
 * turns so that all see the same load on the machine; each ratio is taken within a round, where the
 * three were timed one after the other, and its median over the rounds is given, so that a round on a
 * loaded machine moves neither side of a ratio alone.
 */
function againstNormal(text: string): { ms: number; corpusMs: number; draftMs: number; ratio: number; corpusRatio: number } {
  const total = (drafts: string[]) => cpuMs(() => drafts.forEach((d) => lint(d, config)));
  total([text]);
  const rounds = Array.from({ length: ADVERSARIAL_ROUNDS }, () => ({ corpusMs: total(oneMb), draftMs: total([normalDraft]), ms: total([text]) }));
  return {
    ms: median(rounds.map((r) => r.ms)),
    corpusMs: median(rounds.map((r) => r.corpusMs)),
    draftMs: median(rounds.map((r) => r.draftMs)),
    ratio: median(rounds.map((r) => r.ms / r.draftMs)),
    corpusRatio: median(rounds.map((r) => r.ms / r.corpusMs)),
  };
}

const adversarial = adversarialInputs(MB).map(({ name, text }) => ({ name, ...againstNormal(text), mb: Buffer.byteLength(text) / MB }));
const worst = adversarial.reduce((a, b) => (b.ratio > a.ratio ? b : a));

const ratioOne = seconds.peerOne / seconds.cliOne;
const ratioTen = seconds.peerTen / seconds.cliTen;
const ratioStructure = seconds.peerTen / seconds.structureTen;
// Both in one thread, so that the growth is the linter's and not the threads'.
const growth = seconds.serialTen / seconds.cliOne;
const textGrowth = sizeOf(tenMb) / sizeOf(oneMb);
const report = [
  table(['what', 'files', 'MB', 'MB/s', 'p50 ms/file', 'p95 ms/file'], rows),
  '',
  table(
    ['1 MB adversarial input (core, in process)', 'MB', 'CPU ms', `one ${(Buffer.byteLength(normalDraft) / MB).toFixed(1)} MB normal draft, CPU ms`, 'ratio', '1 MB corpus, CPU ms', 'ratio'],
    adversarial.map((a) => [a.name, a.mb.toFixed(1), a.ms.toFixed(0), a.draftMs.toFixed(0), a.ratio.toFixed(1), a.corpusMs.toFixed(0), a.corpusRatio.toFixed(1)]),
  ),
  '',
  `CLI against markdownlint-cli2 per MB: ${ratioOne.toFixed(1)} times as fast on 1 MB, ${ratioTen.toFixed(1)} times on 10 MB (goal ${GOALS.peerRatio}: ${met(Math.min(ratioOne, ratioTen) >= GOALS.peerRatio)}).`,
  `With only the structure, numbering and front-matter rules on, the work closest to the peer's: ${ratioStructure.toFixed(1)} times as fast on 10 MB.`,
  `Cold start on one draft: ${cold.ms.toFixed(0)} ms (goal under ${GOALS.coldStartMs} ms: ${met(cold.ms < GOALS.coldStartMs)}), of which Node's own start is ${cold.nodeMs.toFixed(0)} ms.`,
  `Growth from 1 MB to 10 MB through the CLI in one thread: ${growth.toFixed(1)} times the time for ${textGrowth.toFixed(1)} times the text (goal at most ${GOALS.growth}: ${met(growth <= GOALS.growth)}).`,
  `Slowest adversarial input: ${worst.ratio.toFixed(1)} times one normal draft of its size and ${worst.corpusRatio.toFixed(1)} times the 1 MB corpus, ${worst.name} (goal at most ${GOALS.adversarial}: ${met(worst.ratio <= GOALS.adversarial)}).`,
  '',
  'Where the time of the CLI goes on the 10 MB corpus, in one thread (TIMING=12; the code is cold at first, as in every run):',
  '',
  '```',
  byRule,
  '```',
].join('\n');

console.log(`decision-lint benchmark on Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(report);
if (process.argv.includes('--write-readme')) {
  const readme = readFileSync(README, 'utf8');
  const block = /(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/;
  if (!block.test(readme)) throw new Error('README.md has no bench markers');
  writeFileSync(README, readme.replace(block, (_all, start: string, end: string) => `${start}${report}${end}`));
  console.log('README.md updated.');
}
