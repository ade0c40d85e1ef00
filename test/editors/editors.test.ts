import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { CLEAN } from '../server/drafts';
import { SERVER } from '../server/harness';

/** Real editors, headless: each opens a draft, shows this server's diagnostic and applies its quick fix. */
const EDITORS = [
  { name: 'Neovim', binary: 'nvim', args: (dir: string) => ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${join(dir, 'neovim', 'test.lua')}`], install: 'apt-get install neovim' },
  { name: 'Emacs with eglot', binary: 'emacs', args: (dir: string) => ['--batch', '-l', join(dir, 'emacs', 'test.el')], install: 'apt-get install emacs-nox elpa-eglot' },
];

const here = resolve(__dirname);
const folder = mkdtempSync(join(tmpdir(), 'decision-lint-editors-'));
after(() => rmSync(folder, { recursive: true, force: true }));
writeFileSync(join(folder, '.decision-lintrc.json'), '{ "root": true }');

function installed(binary: string): boolean {
  return spawnSync(binary, ['--version'], { stdio: 'ignore' }).error === undefined;
}

for (const editor of EDITORS) {
  const skip = installed(editor.binary) ? false : `${editor.binary} is not installed (${editor.install}; .ci/run installs it in CI)`;
  test(`${editor.name} shows the server's diagnostic for a draft and applies its quick fix`, { skip }, () => {
    const draft = join(folder, `${editor.binary}.decision.txt`);
    writeFileSync(draft, CLEAN.replace('Decision date : 14 Mar 2024', 'Decision date : 14 March 2024'));
    const run = spawnSync(editor.binary, editor.args(here), {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DECISION_LINT_SERVER: SERVER, DECISION_LINT_DRAFT: draft, HOME: folder },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, output);
    assert.match(output, /PASS decision-lint front-matter-date fixed by "Fix this front-matter-date problem"/);
  });
}
