import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';

const REPO = join(import.meta.dirname, '..', '..');

it('the TextMate grammar scopes every case in test/grammar/cases as its assertions say', () => {
  // The grammar is found through package.json's contributes.grammars, as VS Code finds it.
  const bin = join(REPO, 'node_modules', '.bin', 'vscode-tmgrammar-test');
  const run = spawnSync(bin, ['--config', 'package.json', '--compact', 'test/grammar/cases/*.tmtest'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
