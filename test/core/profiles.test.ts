import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, modelOf, profileChoice, resolveConfig, configFromLayers, ALL_RULE_METAS, ConfigError, checkProfileFile, remediesOf, houseDeadlinePhrases, type ConfigFile } from '../../server/src/core/index';
import { compileProfile } from '../../server/src/core/profile/compile';
import { PROFILE_DATA, PROFILE_IDS } from '../../server/src/core/profile/registry';
import { HO_DRAFT } from '../helpers/housing-ombudsman';
import { UPHELD_HEAD } from '../helpers/drafts';
import { PSOW_DRAFT, SPSO_DRAFT } from '../helpers/other-ombudsmen';

const withConfig = (config: ConfigFile) => configFromLayers([{ source: 'team/.decision-lintrc.json', config }]);
const ids = (text: string, config = withConfig({})) => lint(text, config).messages.map((m) => m.ruleId);

test('every shipped profile is valid data that compiles', () => {
  assert.deepEqual(PROFILE_IDS, ['lgsco', 'housing-ombudsman', 'spso', 'psow']);
  for (const id of PROFILE_IDS) assert.equal(compileProfile(PROFILE_DATA[id]!).id, id);
});

test('auto picks the profile from the shape of the title reference', () => {
  assert.equal(profileChoice('Northshire Homes (202301234)\n').id, 'housing-ombudsman');
  assert.equal(profileChoice(UPHELD_HEAD).id, 'lgsco');
  // A reference typed with other separators still says whose it is by its digit count.
  assert.equal(profileChoice('Northshire Homes (202-301-234)\n').id, 'housing-ombudsman');
  assert.equal(profileChoice('Northshire County Council (23014552)\n').id, 'lgsco');
  // A digit too many in the LGSCO's grouping is a slip in an LGSCO reference, though nine digits are the Housing Ombudsman's count.
  assert.equal(profileChoice('Northshire County Council (23 014 5521)\n').id, 'lgsco');
  assert.match(profileChoice('Northshire Homes (202301234)\n').reason, /^auto: the title's reference 202301234 is a Housing Ombudsman reference$/);
});

test('the header is looked for in the first twelve lines with text, past blank lines, and in a text without a line end', () => {
  const blanks = (n: number) => '\n'.repeat(n);
  assert.equal(profileChoice('Northshire Homes (202301234)').id, 'housing-ombudsman');
  assert.equal(profileChoice(`${blanks(150)}Northshire Homes (202301234)\n`).id, 'housing-ombudsman');
  assert.equal(profileChoice(`${blanks(150)}\r\nCase ref: 202205678\r\n`).id, 'spso');
  // Far down the page, a bracketed number is not a header's.
  assert.equal(profileChoice(`${blanks(200)}Northshire Homes (202301234)\n`).id, 'lgsco');
  const lines = Array.from({ length: 12 }, (_, i) => `${i + 1}. The Council wrote to Mr B.`).join('\n');
  assert.equal(profileChoice(`${lines}\nNorthshire Homes (202301234)\n`).id, 'lgsco');
});

test('with no reference, or one no profile knows, the LGSCO profile is the default', () => {
  assert.equal(profileChoice('').id, 'lgsco');
  assert.equal(profileChoice('Northshire Homes\n\nDecision : Upheld\n').id, 'lgsco');
  assert.equal(profileChoice('Northshire Homes (ABC 12)\n').id, 'lgsco');
});

test('a profile set in config wins over the title, and the reason names the file', () => {
  const choice = profileChoice(HO_DRAFT, withConfig({ profile: 'lgsco' }));
  assert.deepEqual(choice, { id: 'lgsco', name: 'Local Government and Social Care Ombudsman', from: 'built-in', reason: 'config: profile set in team/.decision-lintrc.json' });
});

test('an unknown profile id is a config error naming the key', () => {
  assert.throws(() => withConfig({ profile: 'ipso' }), (e: unknown) => e instanceof ConfigError && e.key === 'profile');
});

test('a Housing Ombudsman draft is parsed in its own structure and carries its profile', () => {
  const model = modelOf(HO_DRAFT);
  assert.equal(model.profile.id, 'housing-ombudsman');
  assert.equal(model.profile.name, 'Housing Ombudsman');
  assert.equal(model.outcome, 'upheld-remedy-agreed');
  assert.equal(model.frontMatter.status?.kind, 'final');
  assert.deepEqual(
    model.sections.map((s) => s.id),
    ['approach', 'complaint', 'jurisdiction', 'background', 'findings', 'final-decision', 'agreed-action', 'recommendations'],
  );
});

test('a Housing Ombudsman draft lints clean under its own profile: no LGSCO-only findings', () => {
  assert.deepEqual(ids(HO_DRAFT), []);
});

test('the same draft forced to the LGSCO profile gets the LGSCO findings', () => {
  const found = ids(HO_DRAFT, withConfig({ profile: 'lgsco' }));
  for (const id of ['front-matter-title', 'front-matter-decision', 'section-missing', 'front-matter-status']) assert.ok(found.includes(id), `${id} in ${found.join(', ')}`);
});

test('section-missing and section-order follow the Housing Ombudsman order and requirements', () => {
  const without = HO_DRAFT.replace(/Jurisdiction\n\n3\. [^\n]*\n\n/, '');
  const missing = lint(without).messages.filter((m) => m.ruleId === 'section-missing');
  assert.deepEqual(missing.map((m) => m.message), ['The section "Jurisdiction" is missing: an upheld complaint with an agreed remedy needs it.']);
  // Orders before the Determination is out of house order for this ombudsman.
  const orders = /Orders\n\n10\.[\s\S]*?(?=Recommendations)/.exec(HO_DRAFT)![0];
  const swapped = HO_DRAFT.replace(orders, '').replace('Determination\n', `${orders}Determination\n`);
  assert.ok(ids(swapped).includes('section-order'));
});

test('the Housing Ombudsman outcomes drive the required sections', () => {
  const notUpheld = HO_DRAFT.replace('Decision : Maladministration', 'Decision : No maladministration').replace(/Orders\n[\s\S]*?(?=Recommendations)/, '');
  assert.equal(modelOf(notUpheld).outcome, 'not-upheld');
  assert.ok(!ids(notUpheld).includes('section-missing'));
  const wrong = lint(HO_DRAFT.replace('Decision : Maladministration', 'Decision : Upheld')).messages.find((m) => m.ruleId === 'front-matter-decision');
  assert.match(wrong!.message, /Severe maladministration, Maladministration, Service failure/);
});

test('a Housing Ombudsman title with a regrouped reference is fixed to 9 digits, and there is no Category to check', () => {
  const typed = HO_DRAFT.replace('(202301234)', '(202 301 234)');
  const title = lint(typed).messages.find((m) => m.ruleId === 'front-matter-title');
  assert.equal(title?.fix?.edits[0]?.text, '202301234');
  assert.ok(!ids(HO_DRAFT.replace('Decision : Maladministration', 'Category : Repairs > Damp\n\nDecision : Maladministration')).includes('front-matter-category'));
});

test('heading aliases from config apply to the profile that has the section, compiled per profile', () => {
  const renamed = HO_DRAFT.replace('\nJurisdiction\n', '\nWhat we can consider\n');
  assert.ok(ids(renamed).includes('section-missing'));
  assert.deepEqual(ids(renamed, withConfig({ headingAliases: { jurisdiction: ['What we can consider'] } })), []);
  // The same config leaves LGSCO drafts as they were.
  assert.equal(modelOf(UPHELD_HEAD, withConfig({ headingAliases: { jurisdiction: ['What we can consider'] } })).profile.id, 'lgsco');
});

test('resolveConfig defaults the profile to auto', () => {
  const config = resolveConfig([], ALL_RULE_METAS.map((meta) => ({ meta })));
  assert.equal(config.profile, 'auto');
  assert.equal(config.profileSource, undefined);
});

test('a body\'s name above a Welsh report\'s reference line is no title without a reference', () => {
  const named = `Swansea Bay University Health Board\n\n${PSOW_DRAFT}`;
  assert.equal(profileChoice(named).id, 'psow');
  assert.deepEqual(lint(named).messages.filter((m) => m.ruleId === 'front-matter-title').map((m) => m.message), []);
});

test('the Scottish and Welsh profiles are chosen by their own reference lines, not by a 9-digit title', () => {
  assert.equal(profileChoice('Case ref: 202205678\n\nDate: 14 Mar 2024\n').id, 'spso');
  assert.equal(profileChoice('Case Reference Number: 202301234\n').id, 'psow');
  // "Case reference" heads both offices' reports; the other labels say whose.
  assert.equal(profileChoice('Case reference: 202305521\n\nReport Date: 21 Nov 2024\n\nBody: Swansea Bay University Health Board\n').id, 'psow');
  assert.equal(profileChoice('Case reference: 202205678\n\nDate: 14 Mar 2024\n').id, 'spso');
  assert.equal(profileChoice('Case ref: 202205678\n').reason, 'auto: the header\'s "Case ref" line is a Scottish Public Services Ombudsman header');
  // Nine digits in a title's brackets stay the Housing Ombudsman's, though the others' references have nine too.
  assert.equal(profileChoice(HO_DRAFT).id, 'housing-ombudsman');
});

test('a Scottish decision reads its header fields, with the reference from its "Case ref" line', () => {
  const model = modelOf(SPSO_DRAFT);
  assert.equal(model.frontMatter.title?.reference?.text, '202205678');
  assert.equal(model.frontMatter.date?.value, '14 Mar 2024');
  assert.equal(model.frontMatter.decision?.value, 'Some upheld, recommendations');
  assert.match(model.frontMatter.summary?.value ?? '', /^Mrs C complained about the care/);
  assert.equal(model.outcome, 'upheld-remedy-agreed');
  const slipped = lint(SPSO_DRAFT.replace('Case ref: 202205678', 'Case ref: 2022-05678')).messages.find((m) => m.ruleId === 'front-matter-title');
  assert.equal(slipped?.message, 'The reference "2022-05678" is not in the house form "202205678"; write "202205678".');
});

test('a profile file\'s data, given as a config layer\'s profiles, can be named and is chosen by its header', () => {
  const panel = checkProfileFile({ ...(PROFILE_DATA['spso'] as object), id: 'northshire-panel', name: 'Northshire Complaints Panel', fields: { reference: ['Panel ref'], date: ['Date'], decision: ['Outcome'], other: ['Body'] } }, 'office/panel.json');
  const layer = { source: 'office/.decision-lintrc.json', config: {}, profiles: [panel] };
  const config = configFromLayers([layer]);
  assert.deepEqual(profileChoice('Panel ref: 202205678\n', config), { id: 'northshire-panel', name: 'Northshire Complaints Panel', from: 'office/panel.json', reason: 'auto: the header\'s "Panel ref" line is a Northshire Complaints Panel header' });
  assert.equal(profileChoice('Panel ref: 202205678\n').id, 'lgsco');
  assert.equal(profileChoice(UPHELD_HEAD, configFromLayers([{ ...layer, config: { profile: 'northshire-panel' } }])).id, 'northshire-panel');
});

test('a profile file that is not valid is a config error naming the file and the path of the key', () => {
  const bad = { ...(PROFILE_DATA['psow'] as object), outcomes: [{ id: 'partly', label: 'Partly upheld' }] };
  assert.throws(() => checkProfileFile(bad, 'office/wales.json'), (e: unknown) => e instanceof ConfigError && e.source === 'office/wales.json' && e.key === 'outcomes.0.id');
  const paragraph = { ...(PROFILE_DATA['psow'] as object), sections: [{ id: 'complaint', heading: 'The complaint', standardParagraphs: ['no-such-paragraph'] }] };
  assert.throws(() => checkProfileFile(paragraph, 'office/wales.json'), /office\/wales\.json: is not a usable profile: .*no-such-paragraph/);
  // Only a config read from disk can load a file: the core never reads one.
  assert.throws(() => withConfig({ profile: './wales.json' }), (e: unknown) => e instanceof ConfigError && e.key === 'profile');
});

test('remedy deadlines count from the decision each office names: "this determination", "this report"', () => {
  const due = (text: string) => remediesOf(modelOf(text)).remedies.filter((r) => r.kind !== 'evidence').map((r) => r.due && `${r.due.year}-${r.due.month}-${r.due.day}`);
  assert.deepEqual(due(HO_DRAFT), ['2024-3-11', '2024-3-11', '2024-3-11', '2024-4-8']);
  assert.deepEqual(due(PSOW_DRAFT), ['2024-4-15', '2024-4-15', '2024-6-28']);
});

test('the remedy rules suggest each office\'s own deadline and request for evidence', () => {
  const undated = HO_DRAFT.replace('10. Within four weeks of the date of this determination, the landlord is ordered to:', '10. The landlord is ordered to:');
  const deadline = lint(undated).messages.find((m) => m.ruleId === 'remedy-deadline');
  assert.match(deadline!.message, /such as "Within four weeks of the date of this determination, the landlord has agreed to:"/);
  const unasked = PSOW_DRAFT.replace('\n\n10. The Council should provide me with evidence that it has complied with these recommendations.', '');
  const evidence = lint(unasked).messages.find((m) => m.ruleId === 'remedy-evidence');
  assert.match(evidence!.message, /\("The Council should provide me with evidence that it has complied with these recommendations\."\)/);
  assert.deepEqual(houseDeadlinePhrases(modelOf(HO_DRAFT).profile)[0], 'within four weeks of the date of this determination');
  assert.deepEqual(houseDeadlinePhrases()[0], 'within one month of the final decision');
});

test('a profile file with a shipped id takes the shipped profile\'s place, and its sections may be given heading aliases', () => {
  const lgsco = PROFILE_DATA['lgsco'] as { sections: object[] };
  const own = checkProfileFile({ ...lgsco, name: 'Northshire LGSCO team', sections: [...lgsco.sections, { id: 'office-note', heading: 'Note for the file' }] }, 'team/lgsco.json');
  const config = configFromLayers([{ source: 'team/.decision-lintrc.json', config: { headingAliases: { 'office-note': ['File note'] } }, profiles: [own] }]);
  assert.deepEqual(profileChoice(UPHELD_HEAD, config), { id: 'lgsco', name: 'Northshire LGSCO team', from: 'team/lgsco.json', reason: "auto: the title's reference 23 014 552 is a Northshire LGSCO team reference" });
  assert.equal(modelOf(UPHELD_HEAD, config).profile.name, 'Northshire LGSCO team');
  // Without the file, the alias names a section no profile has.
  assert.throws(() => withConfig({ headingAliases: { 'office-note': ['File note'] } }), (e: unknown) => e instanceof ConfigError && e.key === 'headingAliases.office-note');
});
