import { parseArgs } from 'node:util';
import { parseIsoDate, type CalendarDate } from '../core';
import { DEFAULT_CACHE_LOCATION } from '../node/lint-cache';
import type { Concurrency } from './concurrency';
import type { Shard } from './shard';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** `decision-lint remedies <file>` exports the actions; anything else lints. */
export const REMEDIES_COMMAND = 'remedies';

export interface CliOptions {
  command: 'lint' | typeof REMEDIES_COMMAND;
  /** The decision date to assume in place of each draft's own (--decision-date). */
  decisionDate: CalendarDate | undefined;
  targets: string[];
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings: number | undefined;
  quiet: boolean;
  config: string | undefined;
  printConfig: string | undefined;
  listRules: boolean;
  noColor: boolean;
  help: boolean;
  version: boolean;
  stdin: boolean;
  stdinFilename: string | undefined;
  /** This job's part of the files (--shard i/n), for a lint split over several CI jobs. */
  shard: Shard | undefined;
  /** With --cache: where the findings of unchanged files are kept (relative to the working folder). */
  cacheLocation: string | undefined;
  /** Worker threads for the files (--concurrency); undefined when not given, which means `auto`. */
  concurrency: Concurrency | undefined;
}

/** A command line that cannot be run as given (exit 2, with the usage). */
export class UsageError extends Error {
  override name = 'UsageError';
}

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean', default: false },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  'decision-date': { type: 'string' },
  shard: { type: 'string' },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
} as const;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const isRemedies = positionals[0] === REMEDIES_COMMAND;
  const options: CliOptions = {
    command: isRemedies ? REMEDIES_COMMAND : 'lint',
    decisionDate: values['decision-date'] === undefined ? undefined : parseDecisionDate(values['decision-date']),
    targets: isRemedies ? positionals.slice(1) : positionals,
    format: parseFormat(values.format),
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    maxWarnings: values['max-warnings'] === undefined ? undefined : parseCount('--max-warnings', values['max-warnings']),
    quiet: values.quiet,
    config: values.config,
    printConfig: values['print-config'],
    listRules: values['list-rules'],
    noColor: values['no-color'],
    help: values.help,
    version: values.version,
    stdin: values.stdin,
    stdinFilename: values['stdin-filename'],
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    cacheLocation: cacheLocationOf(values.cache, values['cache-location']),
    concurrency: values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency),
  };
  checkCombination(options);
  return options;
}

function parseFormat(value: string): FormatName {
  if ((FORMATS as readonly string[]).includes(value)) return value as FormatName;
  throw new UsageError(`Unknown format "${value}"; use one of ${FORMATS.join(', ')}.`);
}

function cacheLocationOf(cache: boolean, location: string | undefined): string | undefined {
  if (location !== undefined && !cache) throw new UsageError('--cache-location says where --cache keeps its file; add --cache.');
  return cache ? (location ?? DEFAULT_CACHE_LOCATION) : undefined;
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match === null ? [0, 0] : [Number(match[1]), Number(match[2])];
  if (index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 <= i <= n (this job's part of n), not "${value}".`);
  return { index, count };
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--concurrency takes a number of threads (1 or more) or "auto", not "${value}".`);
  return Number(value);
}

function parseCount(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} takes a whole number of 0 or more, not "${value}".`);
  return Number(value);
}

function parseDecisionDate(value: string): CalendarDate {
  const date = parseIsoDate(value);
  if (date === undefined) throw new UsageError(`--decision-date takes a real date written YYYY-MM-DD, not "${value}".`);
  return date;
}

/** Options that only make sense for linting would be silently ignored by the export, so they are refused. */
function checkRemedies(o: CliOptions): void {
  const lintOnly = [o.fix && '--fix', o.fixDryRun && '--fix-dry-run', o.maxWarnings !== undefined && '--max-warnings', o.quiet && '--quiet', o.shard && '--shard', o.cacheLocation !== undefined && '--cache', o.concurrency !== undefined && '--concurrency'].find(Boolean);
  if (lintOnly) throw new UsageError(`${lintOnly} does not apply to "decision-lint ${REMEDIES_COMMAND}".`);
  if (o.format !== 'stylish' && o.format !== 'json') throw new UsageError(`"decision-lint ${REMEDIES_COMMAND}" prints stylish or json, not ${o.format}.`);
}

function checkCombination(o: CliOptions): void {
  if (o.help || o.version || o.listRules || o.printConfig !== undefined) return;
  if (o.command === REMEDIES_COMMAND) checkRemedies(o);
  if (o.fix && o.fixDryRun) throw new UsageError('Use --fix or --fix-dry-run, not both.');
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin.');
  if (o.stdin && o.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run --format json to see the fixed text.');
  if (o.stdin && o.shard) throw new UsageError('--shard splits a list of files; it does not apply to --stdin.');
  if (o.stdin && o.cacheLocation !== undefined) throw new UsageError('--cache keeps the findings of files on disk; it does not apply to --stdin.');
  if (o.stdin && o.concurrency !== undefined) throw new UsageError('--concurrency spreads a list of files over threads; it does not apply to --stdin.');
  if (o.stdin && o.targets.length > 0) throw new UsageError('Give files or --stdin, not both.');
  if (!o.stdin && o.targets.length === 0) throw new UsageError('No files given: name the drafts, folders or globs to lint, or use --stdin.');
}
