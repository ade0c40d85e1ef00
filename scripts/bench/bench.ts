/**
 * `npm run bench`: lints generated corpora of realistic drafts in process and through the built CLI,
 * and prints throughput and per-file latency. Figures, not assertions: README quotes a run of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../../server/src/core/index';
import { generateCorpus, generateDraft } from './generate-drafts';

const CLI = resolve(import.meta.dirname, '../../dist/cli.js');
const PEER = resolve(import.meta.dirname, '../../node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const MB = 1024 * 1024;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

function sizeOf(drafts: string[]): number {
  return drafts.reduce((sum, d) => sum + Buffer.byteLength(d), 0);
}

function inProcess(label: string, drafts: string[]): string[] {
  for (const d of drafts.slice(0, 20)) lint(d);
  const times: number[] = [];
  const start = performance.now();
  for (const d of drafts) {
    const t = performance.now();
    lint(d);
    times.push(performance.now() - t);
  }
  const total = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const mb = sizeOf(drafts) / MB;
  return [label, String(drafts.length), mb.toFixed(1), (mb / total).toFixed(1), percentile(times, 0.5).toFixed(2), percentile(times, 0.95).toFixed(2)];
}

/** Median wall time of three runs of a command over the drafts written out as files. */
function timeCommand(drafts: string[], extension: string, command: (dir: string) => string[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'decision-lint-bench-'));
  try {
    drafts.forEach((d, i) => writeFileSync(join(dir, `draft-${i}${extension}`), d));
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const run = spawnSync(process.execPath, command(dir), { cwd: dir, maxBuffer: 512 * MB });
      runs.push(performance.now() - t);
      if (run.status !== 0 && run.status !== 1) throw new Error(`${command(dir).join(' ')} failed: ${run.stderr}`);
    }
    return percentile(runs.sort((a, b) => a - b), 0.5) / 1000;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function commandRow(label: string, drafts: string[], seconds: number): string[] {
  const mb = sizeOf(drafts) / MB;
  return [label, String(drafts.length), mb.toFixed(1), (mb / seconds).toFixed(1), ((seconds * 1000) / drafts.length).toFixed(2), '-'];
}

const lintWithCli = (dir: string) => [CLI, '--format', 'json', dir];
/** The peer lints the same text as Markdown with its default rules, on the same machine in the same run. */
const lintWithPeer = () => [PEER, '**/*.md'];

function coldStart(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'decision-lint-cold-'));
  try {
    const file = join(dir, 'one.decision.txt');
    writeFileSync(file, generateDraft({ seed: 7, paragraphs: 120 }));
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      spawnSync(process.execPath, [CLI, file]);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    return ['CLI cold start, one draft', '1', '-', '-', percentile(runs, 0.5).toFixed(1), percentile(runs, 0.95).toFixed(1)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: string[][]): string {
  const header = ['what', 'files', 'MB', 'MB/s', 'p50 ms/file', 'p95 ms/file'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const oneMb = generateCorpus(1 * MB, 1);
const tenMb = generateCorpus(10 * MB, 1000);
const big = generateDraft({ seed: 3, paragraphs: 4000 });
mkdirSync(tmpdir(), { recursive: true });
const cliOne = timeCommand(oneMb, '.decision.txt', lintWithCli);
const cliTen = timeCommand(tenMb, '.decision.txt', lintWithCli);
const peerOne = timeCommand(oneMb, '.md', lintWithPeer);
const rows = [
  inProcess('core, 1 MB corpus', oneMb),
  inProcess('core, 10 MB corpus', tenMb),
  inProcess(`core, one ${(Buffer.byteLength(big) / MB).toFixed(1)} MB draft`, Array.from({ length: 10 }, () => big)),
  commandRow('CLI, 1 MB corpus', oneMb, cliOne),
  commandRow('CLI, 10 MB corpus', tenMb, cliTen),
  commandRow('markdownlint-cli2 (peer), 1 MB corpus', oneMb, peerOne),
  coldStart(),
];
console.log(`decision-lint benchmark on Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(table(rows));
console.log(`CLI against markdownlint-cli2 on the same 1 MB: ${(peerOne / cliOne).toFixed(1)} times as fast.`);
console.log(`Growth from 1 MB to 10 MB through the CLI: ${(cliTen / cliOne).toFixed(1)} times the time for ${(sizeOf(tenMb) / sizeOf(oneMb)).toFixed(1)} times the text.`);
