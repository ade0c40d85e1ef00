import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { ResolvedConfig, RuleTimings } from '../core';
import type { ConfigLoader } from '../node/config-loader';
import { readDraft, readDraftStream } from '../node/draft-file';
import { writeFixes } from '../node/fix-write';
import { LintCache } from '../node/lint-cache';
import { packageVersion } from '../node/package-info';
import { findDrafts } from '../node/find-drafts';
import { PathError } from '../node/path-error';
import { withoutAliases } from '../node/unique-files';
import type { CliOptions } from './args';
import { checkText, type Checked } from './check-text';
import { workerCount } from './concurrency';
import { EXIT_CLEAN, EXIT_FAILURE, EXIT_FINDINGS } from './exit-codes';
import { FORMATTERS } from './formatters';
import type { CliIo } from './io';
import { LintPool } from './lint-pool';
import type { WorkerSetup } from './lint-worker';
import { toFileReport, totalsOf, warningsFound, type FileReport } from './report';
import { shardOf } from './shard';
import { timingRequest, timingTable } from './timing';

/** Lints the files (or standard input) the options name, prints the report and returns the exit code. */
export async function lintRun(options: CliOptions, io: CliIo, loader: ConfigLoader): Promise<number> {
  const reports: FileReport[] = [];
  const problems: PathError[] = [];
  const report = (error: PathError) => {
    problems.push(error);
    io.stderr.write(`decision-lint: ${error.message}\n`);
  };
  const timing = timingRequest(io.env.TIMING);
  const timings = timing?.timings;

  if (options.stdin) {
    const filePath = options.stdinFilename === undefined ? '<stdin>' : resolve(io.cwd, options.stdinFilename);
    const { config } = await (options.stdinFilename === undefined ? loader.forFolder(io.cwd) : loader.forFile(filePath));
    try {
      const text = await readDraftStream(io.stdin, filePath);
      reports.push(reportOf(filePath, checkText(text, options, config, timings), options));
    } catch (error) {
      report(PathError.from(filePath, error, 'cannot be read'));
    }
  } else {
    const search = await findDrafts(options.targets, io.cwd, loader);
    search.problems.forEach(report);
    const files = withoutAliases(search.files);
    const chosen = options.shard === undefined ? files : shardOf(files, io.cwd, options.shard);
    // The cache holds findings, not fixed text, so --fix and --fix-dry-run lint every file afresh.
    const cache = options.cacheLocation === undefined || options.fix || options.fixDryRun ? undefined : await LintCache.open(options.cacheLocation, io.cwd, packageVersion());
    const pool = poolFor(options, chosen.length, io, timings);
    try {
      for (const outcome of await checkFiles(chosen, { options, loader, cache, pool, timings })) {
        if (outcome instanceof PathError) report(outcome);
        else reports.push(outcome);
      }
    } finally {
      await pool?.close();
    }
    const unsaved = await cache?.save();
    if (unsaved !== undefined) io.stderr.write(`decision-lint: ${unsaved.message} (the report is complete all the same)\n`);
  }

  io.stdout.write(FORMATTERS[options.format](reports, { cwd: io.cwd, color: useColor(options, io), problems }));
  if (timing !== undefined) io.stderr.write(timingTable(timing.timings, timing.rows));
  return exitCode(reports, problems, options, io);
}

interface FileChecking {
  options: CliOptions;
  loader: ConfigLoader;
  cache: LintCache | undefined;
  pool: LintPool | undefined;
  timings: RuleTimings | undefined;
}

/** How many drafts may be read and waiting for a worker at once, per worker. */
const QUEUED_PER_WORKER = 16;

/**
 * Each file's report or problem, in the order of the files whether or not workers check them. The
 * configs are loaded here in any case, so that a config error stops the run as it does without workers.
 */
async function checkFiles(files: readonly string[], checking: FileChecking): Promise<(FileReport | PathError)[]> {
  const outcomes: Promise<FileReport | PathError>[] = [];
  const limit = (checking.pool?.size ?? 0) * QUEUED_PER_WORKER;
  for (const file of files) {
    const config = (await checking.loader.forFile(file)).config;
    const outcome = checkFile(file, config, checking);
    // A bug (not a file's problem) rejects; it is raised in file order below, not as an unhandled rejection now.
    outcome.catch(() => undefined);
    outcomes.push(outcome);
    // Waiting on the oldest keeps a huge tree from being read into memory ahead of the workers.
    if (outcomes.length > limit) await outcomes[outcomes.length - 1 - limit];
  }
  return Promise.all(outcomes);
}

async function checkFile(file: string, config: ResolvedConfig, { options, cache, pool, timings }: FileChecking): Promise<FileReport | PathError> {
  try {
    const text = readDraft(file);
    const key = cache?.keyOf(text, config);
    const cached = key === undefined ? undefined : cache?.cached(file, key);
    const checked = cached !== undefined ? { messages: cached } : pool === undefined ? checkText(text, options, config, timings) : await pool.check(file, text).catch((error: Error) => new PathError(file, `could not be linted: ${error.message}`));
    if (checked instanceof PathError) return checked;
    if (key !== undefined && cached === undefined) cache?.store(file, key, checked.messages);
    if (options.fix && checked.output !== undefined) await writeFixes(file, text, checked.output);
    return reportOf(file, checked, options);
  } catch (error) {
    return PathError.from(file, error, 'cannot be read');
  }
}

/** Worker threads for a run over many files; none for a few, which would only pay their start-up. */
function poolFor(options: CliOptions, fileCount: number, io: CliIo, timings: RuleTimings | undefined): LintPool | undefined {
  const size = workerCount(options.concurrency ?? 'auto', fileCount, availableParallelism());
  if (size <= 1) return undefined;
  const setup: WorkerSetup = { config: options.config === undefined ? undefined : resolve(io.cwd, options.config), decisionDate: options.decisionDate, fix: options.fix, fixDryRun: options.fixDryRun, timing: timings !== undefined };
  // The worker's bin runs this bundle from its code cache, which spares each worker compiling it.
  return new LintPool(size, join(__dirname, 'cli-worker.js'), setup, timings);
}

function reportOf(filePath: string, checked: Checked, options: CliOptions): FileReport {
  const fileReport = toFileReport(filePath, checked.messages, options.quiet);
  if (options.fixDryRun && checked.output !== undefined) fileReport.output = checked.output;
  return fileReport;
}

function useColor(options: CliOptions, io: CliIo): boolean {
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  return io.stdoutIsTty && !options.noColor && !io.env.NO_COLOR;
}

function exitCode(reports: readonly FileReport[], problems: readonly PathError[], options: CliOptions, io: CliIo): number {
  if (problems.length > 0) return EXIT_FAILURE;
  const totals = totalsOf(reports);
  if (totals.errors > 0) return EXIT_FINDINGS;
  const warnings = reports.reduce((sum, r) => sum + warningsFound(r), 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`decision-lint: too many warnings (${warnings}; --max-warnings allows ${options.maxWarnings}).\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_CLEAN;
}
