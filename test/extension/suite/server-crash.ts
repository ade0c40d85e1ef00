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

/** The draft, once the running server has linted it, and that server's process; undefined where /proc cannot tell. */
async function draftAndServer(): Promise<{ document: vscode.TextDocument; pid: number } | undefined> {
  if (process.platform !== 'linux') {
    report(`skipped: finding the server's process needs Linux's /proc, and this is ${process.platform}`);
    return undefined;
  }
  const { document } = await openFile('draft.decision.txt');
  await findingsWhen(document.uri, hasRule('numbering-gap'), 'the findings from the running server');
  const [pid, ...others] = serverPids();
  assert.ok(pid !== undefined && others.length === 0, 'one server process');
  return { document, pid };
}

test('a server that dies is restarted once, with one message; dying again at once leaves it stopped until "Restart server", after which a crash is restarted again', async () => {
  const running = await draftAndServer();
  if (running === undefined) return;
  const { document, pid: first } = running;
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

test('"Restart server" replaces a server that has stopped answering', async () => {
  const running = await draftAndServer();
  if (running === undefined) return;
  const { document, pid: stuck } = running;
  // A stopped process is what a server caught in an endless loop looks like from outside: it reads nothing and answers nothing.
  process.kill(stuck, 'SIGSTOP');
  const warnings = countWarnings();
  try {
    const cleared = findingsWhen(document.uri, noFindings, "the stuck server's findings to be cleared");
    await vscode.commands.executeCommand('decisionLint.restartServer');
    await cleared;
    await findingsWhen(document.uri, hasRule('numbering-gap'), 'the findings from the server that replaced the stuck one');
    const running = serverPids();
    assert.ok(running.length === 1 && running[0] !== stuck, `one new server process, not the stuck one: [${running.join(', ')}]`);
    assert.deepEqual(warnings.shown, [], 'no message: the user asked for the restart');
  } finally {
    warnings.restore();
    try {
      process.kill(stuck, 'SIGKILL');
    } catch {
      // already ended, as it should be
    }
  }
});
