import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_DRAFT, DRAFT_WITHOUT_FINAL_DECISION, jsonReport, runCli, tempTree } from './helpers';

const config = (value: object) => JSON.stringify(value, null, 2);

/**
 * team/                 root: section-missing is a warning
 *   top.decision.txt
 *   relaxed/            turns section-missing off
 *   strict/             root: true, so the team's file does not apply
 */
const TREE = {
  'team/.decision-lintrc.json': config({ root: true, rules: { 'section-missing': 'warning' } }),
  'team/top.decision.txt': DRAFT_WITHOUT_FINAL_DECISION,
  'team/relaxed/.decision-lintrc.json': config({ rules: { 'section-missing': 'off' }, numbering: 'continuous' }),
  'team/relaxed/draft.decision.txt': DRAFT_WITHOUT_FINAL_DECISION,
  'team/strict/.decision-lintrc.json': config({ root: true }),
  'team/strict/draft.decision.txt': DRAFT_WITHOUT_FINAL_DECISION,
};

function severitiesOfSectionMissing(dir: string, args: string[]): Record<string, string | undefined> {
  const reports = jsonReport(runCli(['--format', 'json', ...args], { cwd: dir }));
  return Object.fromEntries(reports.map((r) => [r.filePath.slice(dir.length + 1), r.messages.find((m) => m.ruleId === 'section-missing')?.severity]));
}

describe('config files cascade', () => {
  const dir = tempTree(TREE);

  it('applies the nearest config over its parents, and stops at "root": true', () => {
    assert.deepEqual(severitiesOfSectionMissing(dir, ['team']), {
      'team/relaxed/draft.decision.txt': undefined,
      'team/strict/draft.decision.txt': 'error',
      'team/top.decision.txt': 'warning',
    });
  });

  it('uses only the --config file when one is given', () => {
    const other = tempTree({ 'ci.json': config({ rules: { 'section-missing': 'info' } }) });
    assert.deepEqual(severitiesOfSectionMissing(dir, ['--config', join(other, 'ci.json'), 'team']), {
      'team/relaxed/draft.decision.txt': 'info',
      'team/strict/draft.decision.txt': 'info',
      'team/top.decision.txt': 'info',
    });
  });

  it('--print-config shows the resolved config of a file and the config files that applied', () => {
    const result = runCli(['--print-config', 'team/relaxed/draft.decision.txt'], { cwd: dir });
    const printed = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(printed), ['filePath', 'configFiles', 'numbering', 'files', 'ignores', 'headingAliases', 'profile', 'rules']);
    assert.equal(printed.filePath, join(dir, 'team/relaxed/draft.decision.txt'));
    assert.deepEqual(printed.configFiles, [join(dir, 'team/.decision-lintrc.json'), join(dir, 'team/relaxed/.decision-lintrc.json')]);
    assert.equal(printed.numbering, 'continuous');
    assert.deepEqual(printed.files, ['**/*.decision.txt', '**/*.decision']);
    assert.deepEqual(printed.rules['section-missing'], { severity: 'off', options: {} });
    assert.equal(printed.rules['section-order'].severity, 'error');
    assert.equal(result.status, 0);
  });
});

describe('searching folders', () => {
  it('finds drafts by the config\'s "files" patterns, skips its "ignores", node_modules and .git', () => {
    const dir = tempTree({
      '.decision-lintrc.json': config({ root: true, files: ['**/*.txt'], ignores: ['archive/**'] }),
      'drafts/a.txt': CLEAN_DRAFT,
      'drafts/b.decision': CLEAN_DRAFT,
      'archive/old.txt': CLEAN_DRAFT,
      'node_modules/pkg/readme.txt': CLEAN_DRAFT,
      '.git/notes.txt': CLEAN_DRAFT,
    });
    const reports = jsonReport(runCli(['--format', 'json', '.'], { cwd: dir }));
    assert.deepEqual(
      reports.map((r) => r.filePath),
      [join(dir, 'drafts/a.txt')],
    );
  });

  it('applies each config file\'s "ignores" relative to its own folder, whichever folder above is named', () => {
    const dir = tempTree({
      '.decision-lintrc.json': config({ root: true, ignores: ['x/**'] }),
      'x/a.decision.txt': CLEAN_DRAFT,
      'inner/.decision-lintrc.json': config({ ignores: ['y/**'] }),
      'inner/h.decision.txt': CLEAN_DRAFT,
      'inner/x/c.decision.txt': CLEAN_DRAFT,
      'inner/y/b.decision.txt': CLEAN_DRAFT,
    });
    const linted = (folder: string) => jsonReport(runCli(['--format', 'json', folder], { cwd: dir })).map((r) => r.filePath.slice(dir.length + 1));
    assert.deepEqual(linted('.'), ['inner/h.decision.txt', 'inner/x/c.decision.txt']);
    assert.deepEqual(linted('inner'), ['inner/h.decision.txt', 'inner/x/c.decision.txt']);
  });

  it('finds *.decision.txt and *.decision by default, and lints a file named on the command line whatever its name', () => {
    const dir = tempTree({
      'drafts/one.decision.txt': CLEAN_DRAFT,
      'drafts/two.decision': CLEAN_DRAFT,
      'drafts/notes.txt': CLEAN_DRAFT,
    });
    const reports = jsonReport(runCli(['--format', 'json', 'drafts', 'drafts/notes.txt'], { cwd: dir }));
    assert.deepEqual(
      reports.map((r) => r.filePath),
      ['drafts/one.decision.txt', 'drafts/two.decision', 'drafts/notes.txt'].map((p) => join(dir, p)),
    );
  });

  it('expands a glob, and lints a file named twice once', () => {
    const dir = tempTree({ 'a.txt': CLEAN_DRAFT, 'b.txt': CLEAN_DRAFT, 'c.md': CLEAN_DRAFT });
    const reports = jsonReport(runCli(['--format', 'json', '*.txt', 'a.txt'], { cwd: dir }));
    assert.deepEqual(
      reports.map((r) => r.filePath),
      [join(dir, 'a.txt'), join(dir, 'b.txt')],
    );
  });
});
