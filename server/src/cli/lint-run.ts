import { resolve } from 'node:path';
import { fix, lint, type LintMessage, type ResolvedConfig } from '../core';
import type { ConfigLoader } from '../node/config-loader';
import { readDraftStream } from '../node/draft-file';
import { writeFixes } from '../node/fix-write';
import { LintCache } from '../node/lint-cache';
import { packageVersion } from '../node/package-info';
import { readAhead } from '../node/read-ahead';
import { findDrafts } from '../node/find-drafts';
import { PathError } from '../node/path-error';
import { withoutAliases } from '../node/unique-files';
import type { CliOptions } from './args';
import { EXIT_CLEAN, EXIT_FAILURE, EXIT_FINDINGS } from './exit-codes';
import { FORMATTERS } from './formatters';
import type { CliIo } from './io';
import { toFileReport, totalsOf, type FileReport } from './report';
import { shardOf } from './shard';

/** Lints the files (or standard input) the options name, prints the report and returns the exit code. */
export async function lintRun(options: CliOptions, io: CliIo, loader: ConfigLoader): Promise<number> {
  const reports: FileReport[] = [];
  const problems: PathError[] = [];
  const report = (error: PathError) => {
    problems.push(error);
    io.stderr.write(`decision-lint: ${error.message}\n`);
  };

  if (options.stdin) {
    const filePath = options.stdinFilename === undefined ? '<stdin>' : resolve(io.cwd, options.stdinFilename);
    const { config } = await (options.stdinFilename === undefined ? loader.forFolder(io.cwd) : loader.forFile(filePath));
    try {
      const text = await readDraftStream(io.stdin, filePath);
      reports.push(reportOf(filePath, checkText(text, options, config), options));
    } catch (error) {
      report(PathError.from(filePath, error, 'cannot be read'));
    }
  } else {
    const search = await findDrafts(options.targets, io.cwd, loader);
    search.problems.forEach(report);
    const files = await withoutAliases(search.files);
    // The cache holds findings, not fixed text, so --fix and --fix-dry-run lint every file afresh.
    const cache = options.cacheLocation === undefined || options.fix || options.fixDryRun ? undefined : await LintCache.open(options.cacheLocation, io.cwd, packageVersion());
    for await (const read of readAhead(options.shard === undefined ? files : shardOf(files, io.cwd, options.shard))) {
      const { file } = read;
      const { config } = await loader.forFile(file);
      try {
        if ('error' in read) throw read.error;
        const checked = cache === undefined ? checkText(read.text, options, config) : { messages: cache.lint(file, read.text, config) };
        if (options.fix && checked.output !== undefined) await writeFixes(file, read.text, checked.output);
        reports.push(reportOf(file, checked, options));
      } catch (error) {
        report(PathError.from(file, error, 'cannot be read'));
      }
    }
    const unsaved = await cache?.save();
    if (unsaved !== undefined) io.stderr.write(`decision-lint: ${unsaved.message} (the report is complete all the same)\n`);
  }

  io.stdout.write(FORMATTERS[options.format](reports, { cwd: io.cwd, color: useColor(options, io), problems }));
  return exitCode(reports, problems, options, io);
}

interface Checked {
  messages: LintMessage[];
  /** The fixed text, when fixing was asked for and changes the text. */
  output?: string;
}

function checkText(text: string, options: CliOptions, config: ResolvedConfig): Checked {
  if (!options.fix && !options.fixDryRun) return { messages: lint(text, config).messages };
  const fixed = fix(text, config);
  return fixed.output === text ? { messages: fixed.messages } : { messages: fixed.messages, output: fixed.output };
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
  if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) {
    io.stderr.write(`decision-lint: too many warnings (${totals.warnings}; --max-warnings allows ${options.maxWarnings}).\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_CLEAN;
}
