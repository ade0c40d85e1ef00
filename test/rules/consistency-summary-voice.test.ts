import { CONTINUOUS_DRAFT, cut, HOUSE_DRAFTS, swap, redated } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const WE_FOUND = 'We found fault because the Council did not check';

/** The upheld draft's Summary sentence that states its finding. */
const FINDING = "We found fault because the Council did not check its provider's invoices.";

/** The upheld draft (dated 14 Mar 2024) with its Summary stating its findings in the present tense. */
const PRESENT = swap(
  CONTINUOUS_DRAFT,
  FINDING,
  'We find fault because the Council did not check its provider’s invoices. We do not find fault in how it handled his complaint, and we recommend a refund.',
);

/** The upheld draft (dated 14 Mar 2024) with its Summary in the first person singular. */
const SPEAKS_AS_I = swap(CONTINUOUS_DRAFT, WE_FOUND, 'I found fault because my review showed the Council did not check');

ruleTests('consistency-summary-voice', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a decision dated before 2020, when Summaries still spoke as "I"', text: redated(SPEAKS_AS_I, '12 Nov 2019') },
    { name: 'a later start date set in the options', text: SPEAKS_AS_I, options: { since: '2025-01-01' } },
    { name: 'a capital I inside a word or a name', text: swap(CONTINUOUS_DRAFT, WE_FOUND, 'We found fault because the Council’s IT team did not check') },
    { name: 'first person in the body, which speaks as "I"', text: swap(CONTINUOUS_DRAFT, '5. I considered', '5. I have considered') },
    {
      name: 'a Summary in the published decisions\' tenses: "There was fault", "has caused", "we have not investigated", "The Council will", "We will not investigate"',
      text: swap(
        CONTINUOUS_DRAFT,
        FINDING,
        'There was fault by the Council. This fault has caused Mr B an injustice, but we have not investigated his other complaint because the Council will consider it first. We will not investigate the care provider.',
      ),
    },
    { name: 'the present tense describing the work, not a finding', text: swap(CONTINUOUS_DRAFT, FINDING, 'We consider whether a council followed the law. We found fault.') },
    { name: 'a present-tense finding with the tense check switched off', text: PRESENT, options: { pastTense: false } },
    { name: 'a present-tense finding in a decision dated before the start date', text: redated(PRESENT, '12 Nov 2019') },
    { name: 'a present-tense finding in the body, which the rule does not read', text: swap(CONTINUOUS_DRAFT, '11. The Council did not check', '11. We find the Council did not check') },
  ],
  invalid: [
    {
      name: 'findings stated in the present tense, each with the past as a suggestion',
      text: PRESENT,
      findings: [
        { line: 11, column: 91, endLine: 11, endColumn: 98, message: 'in the past tense: "We found", not "We find"' },
        { line: 11, column: 164, endLine: 11, endColumn: 178, message: '"We did not find", not "We do not find"' },
        { line: 11, column: 222, endLine: 11, endColumn: 234, message: '"we recommended", not "we recommend"' },
      ],
      output: null,
    },
    {
      name: '"upheld" and "concluded" after an adverb, in an undated draft',
      text: cut(swap(CONTINUOUS_DRAFT, FINDING, 'We uphold the complaint. We also conclude the Council did not check the invoices.'), 'Decision date', 'The Ombudsman'),
      findings: [
        { line: 9, column: 91, endLine: 9, endColumn: 100, message: '"We upheld"' },
        { line: 9, column: 116, endLine: 9, endColumn: 132, message: '"We also concluded"' },
      ],
      output: null,
    },
    {
      name: 'a Summary that speaks as "I" and "my"',
      text: SPEAKS_AS_I,
      findings: [
        { line: 11, column: 91, endLine: 11, endColumn: 92, message: 'The Summary speaks as "We", not "I"' },
        { line: 11, column: 113, endLine: 11, endColumn: 115, message: 'not "my"' },
      ],
      output: null,
    },
    {
      name: 'an undated draft, written under the current house style',
      text: cut(SPEAKS_AS_I, 'Decision date', 'The Ombudsman'),
      findings: [{ line: 9, column: 91 }, { line: 9, column: 113 }],
      output: null,
    },
    {
      name: 'an older decision checked from an earlier start date in the options',
      text: redated(swap(CONTINUOUS_DRAFT, WE_FOUND, 'I’ve found fault because the Council did not check'), '12 Nov 2019'),
      options: { since: '2019-01-01' },
      findings: [{ line: 11, column: 91, endLine: 11, endColumn: 95 }],
      output: null,
    },
  ],
});
