/**
 * Runs the extension suite (./suite) in desktop VS Code through @vscode/test-electron, for machines
 * that can download VS Code (or have one, named by VSCODE_EXECUTABLE). Not run in CI here: VS Code
 * cannot be downloaded on these machines, so CI runs the same suite in code-server instead
 * (run-in-code-server.ts). Where VS Code cannot be had, this fails and says why.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundle-suite';
import { REPO } from './paths';

async function main(): Promise<number> {
  const extensionTestsPath = await bundleSuite();
  const root = mkdtempSync(join(tmpdir(), 'decision-lint-electron-'));
  const workspace = join(root, 'workspace');
  cpSync(join(import.meta.dirname, 'workspace'), workspace, { recursive: true });
  try {
    return await runTests({
      extensionDevelopmentPath: REPO,
      extensionTestsPath,
      ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(root, 'user-data')],
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `The extension suite could not run in desktop VS Code: ${error instanceof Error ? error.message : String(error)}\n` +
        'Without network access to download VS Code, set VSCODE_EXECUTABLE to an installed one, or run the same suite in code-server: npx tsx test/extension/run-in-code-server.ts\n',
    );
    process.exit(1);
  },
);
