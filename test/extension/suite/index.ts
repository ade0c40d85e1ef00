/**
 * The extension test suite: the module both harnesses hand to VS Code as `extensionTestsPath`.
 * Each test asserts through the VS Code API and waits on its events, never on a timer.
 */
import './diagnostics';
import './language-features';
import './commands';
import './settings';
import { runAll } from './runner';

export function run(): Promise<void> {
  return runAll();
}
