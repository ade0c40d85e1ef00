import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../server/src/core/index';
import { HOUSE_DRAFTS } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { at, MS_B_DRAFT, withSentence } from './pseudonym-cases';

/** The house draft with its complainant given the letter A. */
const MS_A_DRAFT = MS_B_DRAFT.replaceAll('Ms B', 'Ms A');
const NEIGHBOUR_A = withSentence('Her neighbour, Mr A, saw the carers. Mr A said so.');

ruleTests('pseudonym-avoided-letter', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'letters the house gives', text: withSentence('Her neighbour, Mr C, saw the carers.') },
    { name: 'the word "A" opening a sentence', text: withSentence('A carer came on Mondays. A review followed.') },
  ],
  invalid: [
    {
      name: 'the complainant given the letter A',
      text: MS_A_DRAFT,
      findings: [at(MS_A_DRAFT, 'Ms A', 1, '"Ms A": the house avoids the letter A, which reads as the word "a". Give them another, such as "Ms Y".')],
      output: null,
    },
    {
      name: 'another adult given the letter A',
      text: NEIGHBOUR_A,
      findings: [at(NEIGHBOUR_A, 'Mr A', 1, '"Mr A": the house avoids the letter A')],
      output: null,
    },
  ],
});

test('the suggestion renames every mention of the person to a free letter, and nothing else', () => {
  const [finding] = lint(MS_A_DRAFT).messages.filter((m) => m.ruleId === 'pseudonym-avoided-letter');
  const [rename] = finding?.suggestions ?? [];
  assert.equal(rename?.description, 'Rename "Ms A" to "Ms Y" throughout');
  assert.equal(applyFixes(MS_A_DRAFT, [rename!.fix]).output, MS_B_DRAFT.replaceAll('Ms B', 'Ms Y'));
});
