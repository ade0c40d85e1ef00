/**
 * The Scottish and Welsh ombudsmen's decisions, each in its own structure and chosen by its own header:
 * clean as written, and a slip in each (a section left out, an action without a deadline) reported
 * where it is, in the office's own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, modelOf } from '../../server/src/core/index';
import { swap } from '../helpers/drafts';
import { PSOW_DRAFT, SPSO_DRAFT } from '../helpers/other-ombudsmen';
import { ruleTests } from '../helpers/rule-tester';

const PSOW_INVESTIGATION = 'Investigation\n\n2. I considered the information Mr D and the Council gave me, including the Council\'s noise case records and its complaint correspondence.\n\n';
const PSOW_WITHOUT_INVESTIGATION = swap(PSOW_DRAFT, PSOW_INVESTIGATION, '');
/** The upheld SPSO decision with its Recommendations section left out; its Summary still says it made some. */
const SPSO_WITHOUT_RECOMMENDATIONS = swap(SPSO_DRAFT.slice(0, SPSO_DRAFT.indexOf('\n\nRecommendations\n') + 1), 'Some upheld, recommendations', 'Upheld, recommendations');

test('each draft is linted under its own profile, chosen from its header, with no finding', () => {
  assert.equal(modelOf(SPSO_DRAFT).profile.id, 'spso');
  assert.equal(modelOf(PSOW_DRAFT).profile.id, 'psow');
  for (const text of [SPSO_DRAFT, PSOW_DRAFT]) assert.deepEqual(lint(text).messages.map((m) => `${m.line} ${m.ruleId}`), []);
});

test('the Welsh report is read in its own sections, and its agreed actions fall due from the report date', () => {
  const model = modelOf(PSOW_DRAFT);
  assert.deepEqual(model.sections.map((s) => s.heading.text), ['The complaint', 'Investigation', 'Relevant legislation and guidance', 'The background events', 'Analysis and conclusions', 'Recommendations']);
  assert.equal(model.outcome, 'upheld-remedy-agreed');
});

ruleTests('section-missing', {
  valid: [
    { name: 'a Welsh report with every section its outcome needs', text: PSOW_DRAFT },
    { name: 'a Scottish decision with its Recommendations', text: SPSO_DRAFT },
    { name: 'a Scottish decision not upheld, which needs no Recommendations', text: swap(SPSO_WITHOUT_RECOMMENDATIONS, 'Upheld, recommendations', 'Not upheld, no recommendations').replace('We made recommendations to the board.', 'We did not make any recommendations.') },
  ],
  invalid: [
    {
      name: 'a Welsh report without its Investigation section, at the heading it belongs before (line 15)',
      text: PSOW_WITHOUT_INVESTIGATION,
      findings: [{ line: 15, column: 1, endLine: 15, endColumn: 34, message: 'The section "Investigation" is missing: an upheld complaint with an agreed remedy needs it.' }],
      output: swap(PSOW_WITHOUT_INVESTIGATION, 'Relevant legislation and guidance\n', 'Investigation\n\nRelevant legislation and guidance\n'),
    },
    {
      name: 'an upheld Scottish decision whose Summary makes recommendations it does not list, at the end (line 15)',
      text: SPSO_WITHOUT_RECOMMENDATIONS,
      findings: [{ line: 15, column: 1, endLine: 15, endColumn: 1, message: 'The section "Recommendations" is missing' }],
      output: `${SPSO_WITHOUT_RECOMMENDATIONS}\nRecommendations\n`,
    },
  ],
});

ruleTests('remedy-deadline', {
  valid: [
    { name: 'Welsh actions "within 20 working days of the date of this report" and "By <date>"', text: PSOW_DRAFT },
    { name: 'Scottish recommendations "by <date>" and "within three months of the date of this decision"', text: SPSO_DRAFT },
  ],
  invalid: [
    {
      name: 'a Welsh action without a deadline (line 41), suggesting the report\'s own default',
      text: swap(PSOW_DRAFT, '9. By 28 Jun 2024 the Council should', '9. The Council should'),
      findings: [{ line: 41, column: 4, endLine: 41, endColumn: 117, message: 'such as "within 20 working days of the date of this report"' }],
      output: null,
    },
    {
      name: 'a Scottish recommendation without a deadline (line 20), suggesting the office\'s own default',
      text: swap(SPSO_DRAFT, ' when he was admitted, by 12 Apr 2024.', ' when he was admitted.'),
      findings: [{ line: 20, column: 1, endLine: 20, endColumn: 101, message: 'such as "within one month of the date of this decision"' }],
      output: null,
    },
  ],
});

test('a header line left out is asked for by the office\'s own label', () => {
  const messages = (text: string) => lint(text).messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`);
  assert.deepEqual(messages(swap(PSOW_DRAFT, 'Report Date: 14 Mar 2024\n\n', '')), ['5 front-matter-date The front matter has no "Report Date : DD Mon YYYY" line.']);
  assert.deepEqual(messages(swap(SPSO_DRAFT, 'Outcome: Some upheld, recommendations\n\n', '')), ['1 front-matter-decision The front matter has no "Outcome : <outcome>" line (Upheld, Some upheld, Not upheld).']);
});
