/**
 * Runs the extension suite (./suite) in the real VS Code extension host of code-server, with the
 * workbench in headless Chromium: the replacement for @vscode/test-electron on machines where VS Code
 * cannot be downloaded. Exits with the suite's result. Installs nothing; see install-code-server.sh.
 */
import { bundleSuite } from './bundle-suite';
import { launchBrowser, missingHost, newPage, startCodeServer } from './code-server';
import { REPO } from './paths';

const SUITE_TIMEOUT_MS = 180_000;

export async function runInCodeServer(): Promise<number> {
  const missing = missingHost();
  if (missing !== undefined) throw new Error(missing);
  const suite = await bundleSuite();
  const session = await startCodeServer();
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser);
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    // The workbench forwards the extension host's console here; the suite marks its own lines.
    await page.exposeFunction('codeAutomationLog', () => undefined);
    page.on('console', (message) => {
      const line = /\[decision-lint suite\] (.*)/s.exec(message.text())?.[1];
      if (line !== undefined) process.stdout.write(`${line}\n`);
    });
    const remote = (path: string) => `vscode-remote://${new URL(session.origin).host}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO)],
      ['extensionTestsPath', remote(suite)],
    ];
    await page.goto(`${session.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        process.stderr.write(`The extension suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s.\n`);
        resolve(1);
      }, SUITE_TIMEOUT_MS);
    });
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    // The client's own account of starts, stops and crashes is what a failure here needs first.
    if (code !== 0) process.stdout.write(`The extension's output channel:\n${session.extensionLog() || '(empty)'}\n`);
    return code;
  } finally {
    await browser.close();
    await session.close();
  }
}

if (process.argv[1] === import.meta.filename) {
  runInCodeServer().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
