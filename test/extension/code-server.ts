/**
 * A code-server 4.100.3 (VS Code 1.100.3) on 127.0.0.1, with its own throwaway config, data and
 * extension folders, driven by Debian's headless Chromium through playwright-core. Shared by the
 * extension suite's harness and the UI check; ../../shared/recipes/editor-tests.md says why each flag.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO } from './paths';

const HOST = join(REPO, '.code-server-host');
const ENTRY = join(HOST, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const INSTALLED = join(HOST, '.installed');
export const CHROMIUM = '/usr/bin/chromium';
const FIXTURES = join(import.meta.dirname, 'workspace');

/** No welcome page, tips or chat: nothing to race the tests for focus or to clutter a screenshot. */
const QUIET_WORKBENCH = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'extensions.ignoreRecommendations': true,
  'update.showReleaseNotes': false,
};

/** Only a missing code-server skips the tests, and never in CI, where .ci/run installs it. */
export const skipWithoutCodeServer: string | false =
  existsSync(ENTRY) || process.env.CI !== undefined ? false : 'code-server is not installed: run test/extension/install-code-server.sh (CI does)';

/** Why the extension tests cannot run here, or undefined when they can. */
export function missingHost(): string | undefined {
  if (!existsSync(ENTRY)) return 'code-server is not installed in .code-server-host/ (run test/extension/install-code-server.sh, as .ci/run does)';
  // The script marks the host installed last: code-server without its VS Code dependencies serves only errors.
  if (!existsSync(INSTALLED)) return 'code-server\'s install in .code-server-host/ did not finish: run test/extension/install-code-server.sh again and read its errors';
  if (!existsSync(CHROMIUM)) return `Chromium is not installed at ${CHROMIUM} (apt-get install chromium, as .ci/run does)`;
  if (!existsSync(join(REPO, 'dist', 'extension.js'))) return 'dist/extension.js is missing: run npm run build first';
  return undefined;
}

export interface Session {
  url: string;
  origin: string;
  /** A copy of test/extension/workspace, so that tests may change and save the drafts. */
  workspace: string;
  extensionsDir: string;
  /** What the extension wrote to its "Decision Lint" output channel, which VS Code keeps as a log file per extension host. */
  extensionLog(): string;
  close(): Promise<void>;
}

/** Starts code-server on a free port with fresh folders; `vsix` is installed into them first. */
export async function startCodeServer(options: { vsix?: string } = {}): Promise<Session> {
  const root = mkdtempSync(join(tmpdir(), 'decision-lint-code-server-'));
  const workspace = join(root, 'workspace');
  const extensionsDir = join(root, 'extensions');
  const userData = join(root, 'user-data');
  const config = join(root, 'config.yaml');
  cpSync(FIXTURES, workspace, { recursive: true });
  writeFileSync(config, 'auth: none\n');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(QUIET_WORKBENCH));
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensionsDir];
  if (options.vsix !== undefined) {
    const installed = spawnSync(process.execPath, [ENTRY, ...common, '--install-extension', options.vsix], { encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`code-server could not install ${options.vsix}:\n${installed.stdout}${installed.stderr}`);
  }
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [ENTRY, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  await listening(server, () => log);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?folder=${encodeURIComponent(workspace)}`,
    origin,
    workspace,
    extensionsDir,
    extensionLog: () => outputChannelLogs(join(userData, 'logs')),
    async close() {
      await stop(server);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

export async function newPage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1280, height: 800 } });
}

function outputChannelLogs(logs: string): string {
  if (!existsSync(logs)) return '';
  return readdirSync(logs, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('Decision Lint.log'))
    .map((path) => `${path}:\n${readFileSync(join(logs, path), 'utf8')}`)
    .join('\n');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** code-server prints its address once it accepts connections; waiting for that line needs no polling. */
function listening(server: ChildProcess, log: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      if (/HTTP server listening on/.test(log())) {
        server.stdout!.off('data', onData);
        resolve();
      }
    };
    server.stdout!.on('data', onData);
    server.once('exit', (code) => reject(new Error(`code-server exited with ${code} before listening:\n${log()}`)));
  });
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}
