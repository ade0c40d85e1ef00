import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { openFile } from './drafts';
import { report, test } from './runner';
import { findingsWhen, hasRule } from './waits';

/** The language server's process: the extension host's child running the bundled dist/server.js (Linux's /proc). */
function serverPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return parent === process.pid && command.includes('dist/server.js') ? [Number(pid)] : [];
      } catch {
        return []; // gone while being read
      }
    });
}

/** Counts the warnings the extension shows from here on, still showing them. */
function countWarnings(): { shown: string[]; restore: () => void } {
  const window = vscode.window as { showWarningMessage: typeof vscode.window.showWarningMessage };
  const original = window.showWarningMessage;
  const shown: string[] = [];
  window.showWarningMessage = ((message: string, ...rest: never[]) => {
    shown.push(message);
    return original(message, ...rest);
  }) as typeof original;
  return { shown, restore: () => (window.showWarningMessage = original) };
}

const RESTARTED = /^Decision Lint: the language server stopped unexpectedly and has been restarted\./;

const noFindings = (found: readonly vscode.Diagnostic[]) => found.length === 0;

test('a server that dies is restarted once, with one message; dying again at once leaves it stopped until "Restart server", after which a crash is restarted again', async () => {
  if (process.platform !== 'linux') {
    report(`skipped: finding the server's process needs Linux's /proc, and this is ${process.platform}`);
    return;
  }
  const { document } = await openFile('draft.decision.txt');
  await findingsWhen(document.uri, hasRule('numbering-gap'), 'the findings from the first server');
  const [first, ...others] = serverPids();
  assert.ok(first !== undefined && others.length === 0, 'one server process');
  const warnings = countWarnings();
  try {
    await killAndRestart(document, first, warnings);
  } catch (error) {
    // What a timeout alone cannot tell: whether a server is running and what the user was told.
    throw new Error(`${error instanceof Error ? error.message : String(error)}; server processes now: [${serverPids().join(', ')}]; messages: ${JSON.stringify(warnings.shown)}`);
  } finally {
    warnings.restore();
  }
});

/** Kill, restart, kill again within the burst, "Restart server", kill once more. */
async function killAndRestart(document: vscode.TextDocument, first: number, warnings: { shown: string[] }): Promise<void> {
  process.kill(first, 'SIGKILL');
  await findingsWhen(document.uri, noFindings, "the dead server's findings to be cleared");
  await findingsWhen(document.uri, hasRule('numbering-gap'), 'the findings from the restarted server');
  const [second] = serverPids();
  assert.ok(second !== undefined && second !== first, 'a new server process');
  assert.equal(warnings.shown.length, 1, 'one message');
  assert.match(warnings.shown[0]!, RESTARTED);

  process.kill(second, 'SIGKILL');
  await findingsWhen(document.uri, noFindings, "the second server's findings to be cleared");
  // That nothing restarts can only be seen by waiting: a restart takes well under a second here.
  await new Promise((done) => setTimeout(done, 2000));
  assert.deepEqual(serverPids(), [], 'no restart within the burst');
  assert.equal(warnings.shown.length, 1, 'and no second message');

  await vscode.commands.executeCommand('decisionLint.restartServer');
  await findingsWhen(document.uri, hasRule('numbering-gap'), 'the findings after "Restart server"');

  // "Restart server" starts afresh: a crash soon after it is restarted once more, with its message.
  const [third] = serverPids();
  assert.ok(third !== undefined, 'the server that "Restart server" started');
  process.kill(third, 'SIGKILL');
  await findingsWhen(document.uri, noFindings, "the third server's findings to be cleared");
  await findingsWhen(document.uri, hasRule('numbering-gap'), 'the findings from the server restarted after "Restart server"');
  assert.equal(warnings.shown.length, 2, 'a second message, for the crash after "Restart server"');
}
