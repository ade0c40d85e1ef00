import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { CLEAN_DRAFT, REPO, runCli, tempTree } from './helpers';
import { HO_DRAFT } from '../helpers/housing-ombudsman';
import { PSOW_DRAFT, SPSO_DRAFT } from '../helpers/other-ombudsmen';
import { swap } from '../helpers/drafts';

const shipped = (id: string) => JSON.parse(readFileSync(join(REPO, 'server/src/core/profile', `${id}.json`), 'utf8')) as Record<string, unknown>;

/**
 * An office's own profile, written as data with no code: a complaints panel that heads its decisions
 * "Panel ref:" and otherwise follows the Scottish layout.
 */
const PANEL = { ...shipped('spso'), id: 'northshire-panel', name: 'Northshire Complaints Panel', fields: { ...(shipped('spso')['fields'] as object), reference: ['Panel ref'] } };
const PANEL_DRAFT = swap(SPSO_DRAFT, 'Case ref: 202205678', 'Panel ref: 202205678');
/** The Welsh profile copied into an office's folder under its own id. */
const WALES: Record<string, unknown> = { ...shipped('psow'), id: 'wales-local', name: 'Welsh local complaints' };

/**
 * auto/          no config: each draft's header chooses its profile
 * forced/        a config that sets the LGSCO profile for every draft in it
 * office/        a config that adds the panel's profile file; auto finds it by its "Panel ref" line
 * office/wales/  a nearer config that sets a profile by the path of its file
 */
const TREE = {
  'auto/ho.decision.txt': HO_DRAFT,
  'auto/lgsco.decision.txt': CLEAN_DRAFT,
  'auto/spso.decision.txt': SPSO_DRAFT,
  'forced/.decision-lintrc.json': JSON.stringify({ profile: 'lgsco' }),
  'forced/ho.decision.txt': HO_DRAFT,
  'office/.decision-lintrc.json': JSON.stringify({ profiles: { 'northshire-panel': './profiles/panel.json' } }),
  'office/profiles/panel.json': JSON.stringify(PANEL, null, 2),
  'office/panel.decision.txt': PANEL_DRAFT,
  'office/lgsco.decision.txt': CLEAN_DRAFT,
  'office/wales/.decision-lintrc.json': JSON.stringify({ profile: '../profiles/wales.json' }),
  'office/profiles/wales.json': JSON.stringify(WALES, null, 2),
  'office/wales/psow.decision.txt': PSOW_DRAFT,
};

function printed(dir: string, file: string): { profile: { id: string; name: string; from: string; reason: string }; rules: Record<string, { severity: string }> } {
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
      from: 'built-in',
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
      from: 'built-in',
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

  it('names the Scottish profile chosen from the header\'s "Case ref" line', () => {
    assert.deepEqual(printed(dir, 'auto/spso.decision.txt').profile, {
      id: 'spso',
      name: 'Scottish Public Services Ombudsman',
      from: 'built-in',
      reason: 'auto: the header\'s "Case ref" line is a Scottish Public Services Ombudsman header',
    });
  });

  it('chooses an office\'s own profile file, named in "profiles", from the draft\'s header, and says which file it came from', () => {
    assert.deepEqual(printed(dir, 'office/panel.decision.txt').profile, {
      id: 'northshire-panel',
      name: 'Northshire Complaints Panel',
      from: join(dir, 'office/profiles/panel.json'),
      reason: 'auto: the header\'s "Panel ref" line is a Northshire Complaints Panel header',
    });
    // The office's profile does not take over drafts of other shapes.
    assert.equal(printed(dir, 'office/lgsco.decision.txt').profile.id, 'lgsco');
  });

  it('lints a draft in the office\'s own structure clean under its profile file, and its slips under it', () => {
    const clean = runCli(['office/panel.decision.txt'], { cwd: dir });
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    const slipped = tempTree({ ...TREE, 'office/panel.decision.txt': swap(PANEL_DRAFT, ' when he was admitted, by 12 Apr 2024.', ' when he was admitted.') });
    const result = runCli(['--format', 'json', 'office/panel.decision.txt'], { cwd: slipped });
    assert.equal(result.status, 1);
    const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[];
    assert.deepEqual(report!.messages.map((m) => [m.ruleId, m.line]), [['remedy-deadline', 20]]);
    assert.match(report!.messages[0]!.message, /within one month of the date of this decision/);
  });

  it('lints afresh with --cache when the profile file changes, though the draft and config do not', () => {
    const tree = tempTree(TREE);
    const cached = () => runCli(['--cache', '--cache-location', 'lint-cache.json', 'office/panel.decision.txt'], { cwd: tree });
    assert.equal(cached().status, 0);
    writeFileSync(join(tree, 'office/profiles/panel.json'), JSON.stringify({ ...PANEL, outcomes: [{ id: 'upheld', label: 'Upheld' }] }));
    const after = cached();
    assert.equal(after.status, 1);
    assert.match(after.stdout, /front-matter-decision/);
  });

  it('takes "profile" given as a path relative to the config file that names it', () => {
    assert.deepEqual(printed(dir, 'office/wales/psow.decision.txt').profile, {
      id: 'wales-local',
      name: 'Welsh local complaints',
      from: join(dir, 'office/profiles/wales.json'),
      reason: `config: profile set in ${join(dir, 'office/wales/.decision-lintrc.json')}`,
    });
    const result = runCli(['office/wales/psow.decision.txt'], { cwd: dir });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});

describe('a broken profile file exits 2 with a message naming the file and the key', () => {
  const broken = (profile: unknown, config: unknown = { profile: './house.json' }) => {
    const dir = tempTree({ '.decision-lintrc.json': JSON.stringify(config), 'house.json': typeof profile === 'string' ? profile : JSON.stringify(profile), 'draft.decision.txt': CLEAN_DRAFT });
    const result = runCli(['draft.decision.txt'], { cwd: dir });
    assert.equal(result.status, 2, result.stdout);
    assert.equal(result.stdout, '');
    return { dir, stderr: result.stderr };
  };
  const withSection = (change: Record<string, unknown>) => {
    const [first, ...rest] = WALES['sections'] as Record<string, unknown>[];
    return { ...WALES, sections: [{ ...first, ...change }, ...rest] };
  };

  it('for a value the schema does not allow, by its path', () => {
    const { dir, stderr } = broken(withSection({ required: ['sometimes'] }));
    assert.ok(stderr.includes(`${join(dir, 'house.json')}: "sections.0.required.0": `), stderr);
  });

  it('for a pattern that is no regular expression', () => {
    const { dir, stderr } = broken({ ...WALES, clutter: { lines: [], patterns: ['(unclosed'] } });
    assert.ok(stderr.includes(`${join(dir, 'house.json')}: "clutter.patterns.0": is not a valid regular expression`), stderr);
  });

  it('for a pattern that can take time exponential in the length of a line, naming the repetition', () => {
    const { dir, stderr } = broken({ ...WALES, remedyAgreedPatterns: ['has agreed to', '(\\w+\\s?)+ agreed to'] });
    assert.ok(stderr.includes(`${join(dir, 'house.json')}: "remedyAgreedPatterns.1": can take time exponential in the length of a line: in "(\\w+\\s?)+"`), stderr);
  });

  it('for a key profiles do not have', () => {
    const { dir, stderr } = broken({ ...WALES, headings: [] });
    assert.ok(stderr.includes(`${join(dir, 'house.json')}: "headings": unknown key`), stderr);
  });

  it('for a file that is not JSON, with the line and column', () => {
    const { dir, stderr } = broken('{\n  "id": "x",,\n}');
    assert.ok(stderr.includes(`${join(dir, 'house.json')}: is not valid JSON: `) && stderr.trimEnd().endsWith('at line 2, column 13'), stderr);
  });

  it('for a file that is not there, as a problem of the config at the key that names it', () => {
    const { dir, stderr } = broken(WALES, { profile: './missing.json' });
    assert.ok(stderr.includes(`${join(dir, '.decision-lintrc.json')}: "profile": names ${join(dir, 'missing.json')}, which cannot be read: no such file or folder`), stderr);
  });

  it('for a "profiles" key that is not the id in its file', () => {
    const { dir, stderr } = broken(WALES, { profiles: { wales: './house.json' } });
    assert.ok(stderr.includes(`${join(dir, '.decision-lintrc.json')}: "profiles.wales": names ${join(dir, 'house.json')}, whose profile id is "wales-local"`), stderr);
  });
});
