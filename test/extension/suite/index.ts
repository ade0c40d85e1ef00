/**
 * The extension test suite: the module both harnesses hand to VS Code as `extensionTestsPath`.
 * Each test asserts through the VS Code API and waits on its events, never on a timer (except where
 * only waiting can show that something does not happen).
 */
import './diagnostics';
import './language-features';
import './commands';
import './settings';
import './crash-policy';
// Last: it kills the server, and leaves a new one running.
import './server-crash';
import { runAll } from './runner';

export function run(): Promise<void> {
  return runAll();
}
