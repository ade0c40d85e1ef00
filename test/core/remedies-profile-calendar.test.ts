import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInConfig, checkProfileFile, configFromLayers, ConfigError, isoDate, modelOf, remediesOf, type ResolvedConfig } from '../../server/src/core/index';
import { PROFILE_DATA } from '../../server/src/core/profile/registry';
import { exportRemedies } from '../../server/src/cli/remedies-export';
import { deadlinePart } from '../../server/src/server/features/law-hovers';
import { CONTINUOUS_DRAFT, redated, swap } from '../helpers/drafts';
import { SPSO_DRAFT } from '../helpers/other-ombudsmen';

/** The Scottish decision dated `date`, its apology due "within 10 working days of the date of this decision". */
function scottish(date: string): string {
  const dated = swap(SPSO_DRAFT, 'Date: 14 Mar 2024', `Date: ${date}`);
  return swap(dated, 'when he was admitted, by 12 Apr 2024.', 'when he was admitted, within 10 working days of the date of this decision.');
}

/** The LGSCO draft dated `date`, its lead-in's deadline "Within 10 working days of the final decision". */
function english(date: string): string {
  return swap(redated(CONTINUOUS_DRAFT, date), '12. Within one month of the final decision', '12. Within 10 working days of the final decision');
}

/** The due date of the first action with a deadline in working days. */
function firstWorkingDayDue(text: string, config?: ResolvedConfig): string | undefined {
  const remedy = remediesOf(modelOf(text, config)).remedies.find((r) => r.deadline?.term.kind === 'period' && r.deadline.term.unit === 'working-day');
  return remedy?.due && isoDate(remedy.due);
}

test('ten working days from an SPSO decision skip St Andrew\'s Day; the same words in an LGSCO draft do not', () => {
  // Thursday 21 November 2024; St Andrew's Day is a Saturday, so Scotland has Monday 2 December off.
  assert.equal(modelOf(scottish('21 Nov 2024')).profile.id, 'spso');
  assert.equal(firstWorkingDayDue(scottish('21 Nov 2024')), '2024-12-06');
  assert.equal(modelOf(english('21 Nov 2024')).profile.id, 'lgsco');
  assert.equal(firstWorkingDayDue(english('21 Nov 2024')), '2024-12-05');
});

test('ten working days from an SPSO decision skip 2 January; the same words in an LGSCO draft do not', () => {
  // Friday 20 December 2024: both skip Christmas, Boxing Day and New Year's Day; Scotland 2 January too.
  assert.equal(firstWorkingDayDue(scottish('20 Dec 2024')), '2025-01-09');
  assert.equal(firstWorkingDayDue(english('20 Dec 2024')), '2025-01-08');
});

test('the remedies export and the deadline hover give the Scottish due date for an SPSO decision', () => {
  const text = scottish('21 Nov 2024');
  const exported = exportRemedies('lothian.decision.txt', text, builtInConfig(), undefined).remedies;
  assert.deepEqual(exported.filter((r) => r.deadline?.includes('working days')).map((r) => r.dueDate), ['2024-12-06']);
  const hover = deadlinePart(modelOf(text), text.indexOf('within 10 working days') + 3);
  assert.ok(hover?.value.startsWith('**Due Friday 06 Dec 2024** (2024-12-06)'), hover?.value);
});

test('an office\'s own profile file may count by the Scottish calendar, and may name no other', () => {
  // The LGSCO profile words nothing of remedies differently: only its calendar changes here.
  const own = checkProfileFile({ ...(PROFILE_DATA['lgsco'] as object), name: 'Northshire team in Scotland', calendar: 'scotland' }, 'team/lgsco.json');
  const config = configFromLayers([{ source: 'team/.decision-lintrc.json', config: {}, profiles: [own] }]);
  assert.equal(firstWorkingDayDue(english('21 Nov 2024'), config), '2024-12-06');
  const wales = { ...(PROFILE_DATA['psow'] as object), calendar: 'wales' };
  assert.throws(() => checkProfileFile(wales, 'office/wales.json'), (e: unknown) => e instanceof ConfigError && e.source === 'office/wales.json' && e.key === 'calendar');
});
