import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';
import type { FileReport } from '../../server/src/cli/report';
import { CONTINUOUS_DRAFT, cut } from '../helpers/drafts';

export const REPO = resolve(__dirname, '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');

/** A complete upheld statement in house style: no finding at all. */
export const CLEAN_DRAFT = CONTINUOUS_DRAFT;

/** The same statement without its Final decision section: `section-missing` at error level. */
export const DRAFT_WITHOUT_FINAL_DECISION = cut(CONTINUOUS_DRAFT, 'Final decision\n', "Investigator's decision");

/** The clean statement as copied from the website: "Back to top" after sections (info, fixable). */
export const DRAFT_WITH_WEB_CLUTTER = CLEAN_DRAFT.replace(/\n\n(?=The Ombudsman's role|Final decision)/g, '\n\nBack to top\n\n');

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes files (paths relative to a new temporary folder, folders made as needed) and returns the folder. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'decision-lint-cli-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: Record<string, string>;
  /** Run as the unprivileged user "nobody" (with util-linux's setpriv) when the tests run as root, who reads any file whatever its mode. */
  unprivileged?: boolean;
}

/** The uid and gid of "nobody" on Debian. */
const NOBODY = 65534;

/** Runs a built bin as a user would; DEBUG and NO_COLOR are cleared so that output is as by default. */
export function runBin(bin: string, args: readonly string[], options: RunOptions = {}): CliResult {
  if (!existsSync(bin)) throw new Error(`${bin} does not exist: run "npm run build" before these tests.`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const name of ['DEBUG', 'NO_COLOR'] as const) if (options.env?.[name] === undefined) delete env[name];
  const command = [process.execPath, bin, ...args];
  if (options.unprivileged === true && process.getuid?.() === 0) command.unshift('setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups');
  const result = spawnSync(command[0]!, command.slice(1), { cwd: options.cwd ?? REPO, input: options.input ?? '', encoding: 'utf8', env });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runCli(args: readonly string[], options: RunOptions = {}): CliResult {
  return runBin(CLI, args, options);
}

/**
 * Runs the CLI on a clean draft, good.decision.txt, in a folder of its own, with `preload` (CommonJS
 * source) required into the process before the bin: to watch the run or to break it from inside.
 */
export function runCliWithPreload(preload: string, args: readonly string[], env: Record<string, string> = {}): CliResult & { dir: string } {
  const dir = tempTree({ 'good.decision.txt': CLEAN_DRAFT, 'preload.cjs': preload });
  return { dir, ...runCli(args, { cwd: dir, env: { NODE_OPTIONS: `--require ${join(dir, 'preload.cjs')}`, ...env } }) };
}

/** The JSON report, after checking that stdout holds nothing but one JSON array. */
export function jsonReport(result: CliResult): FileReport[] {
  const parsed: unknown = JSON.parse(result.stdout);
  if (!Array.isArray(parsed)) throw new Error(`stdout is not one JSON array: ${result.stdout.slice(0, 200)}`);
  return parsed as FileReport[];
}

/** The rule ids of a file's findings, in report order. */
export function ruleIds(report: FileReport | undefined): string[] {
  return (report?.messages ?? []).map((m) => m.ruleId);
}
