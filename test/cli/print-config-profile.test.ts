import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_DRAFT, runCli, tempTree } from './helpers';
import { HO_DRAFT } from '../helpers/housing-ombudsman';

/**
 * auto/          no config: each draft's title chooses its profile
 * forced/        a config that sets the LGSCO profile for every draft in it
 */
const TREE = {
  'auto/ho.decision.txt': HO_DRAFT,
  'auto/lgsco.decision.txt': CLEAN_DRAFT,
  'forced/.decision-lintrc.json': JSON.stringify({ profile: 'lgsco' }),
  'forced/ho.decision.txt': HO_DRAFT,
};

function printed(dir: string, file: string): { profile: { id: string; name: string; reason: string }; rules: Record<string, { severity: string }> } {
  const result = runCli(['--print-config', file], { cwd: dir });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

describe('--print-config shows which profile applies and why', () => {
  const dir = tempTree(TREE);

  it('names the Housing Ombudsman profile chosen from the title reference', () => {
    assert.deepEqual(printed(dir, 'auto/ho.decision.txt').profile, {
      id: 'housing-ombudsman',
      name: 'Housing Ombudsman',
      reason: "auto: the title's reference 202301234 is a Housing Ombudsman reference",
    });
  });

  it('names the LGSCO profile for an LGSCO title, with the rules and their severities', () => {
    const config = printed(dir, 'auto/lgsco.decision.txt');
    assert.equal(config.profile.id, 'lgsco');
    assert.match(config.profile.reason, /^auto: the title's reference \d\d \d{3} \d{3} is a Local Government and Social Care Ombudsman reference$/);
    assert.equal(config.rules['section-missing']!.severity, 'error');
  });

  it('says which config file set the profile', () => {
    assert.deepEqual(printed(dir, 'forced/ho.decision.txt').profile, {
      id: 'lgsco',
      name: 'Local Government and Social Care Ombudsman',
      reason: `config: profile set in ${join(dir, 'forced/.decision-lintrc.json')}`,
    });
  });

  it('lints the forced draft under the LGSCO profile and the auto one under its own', () => {
    const forced = runCli(['--format', 'json', 'forced/ho.decision.txt'], { cwd: dir });
    assert.match(forced.stdout, /front-matter-decision/);
    const auto = runCli(['auto/ho.decision.txt'], { cwd: dir });
    assert.equal(auto.status, 0, auto.stdout);
  });

  it('gives the default profile to a file that does not exist yet', () => {
    assert.equal(printed(dir, 'auto/new.decision.txt').profile.id, 'lgsco');
  });
});
