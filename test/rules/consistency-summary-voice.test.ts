import { CONTINUOUS_DRAFT, cut, HOUSE_DRAFTS, swap, redated } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const WE_FOUND = 'We found fault because the Council did not check';

/** The upheld draft (dated 14 Mar 2024) with its Summary in the first person singular. */
const SPEAKS_AS_I = swap(CONTINUOUS_DRAFT, WE_FOUND, 'I found fault because my review showed the Council did not check');

ruleTests('consistency-summary-voice', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a decision dated before 2020, when Summaries still spoke as "I"', text: redated(SPEAKS_AS_I, '12 Nov 2019') },
    { name: 'a later start date set in the options', text: SPEAKS_AS_I, options: { since: '2025-01-01' } },
    { name: 'a capital I inside a word or a name', text: swap(CONTINUOUS_DRAFT, WE_FOUND, 'We found fault because the Council’s IT team did not check') },
    { name: 'first person in the body, which speaks as "I"', text: swap(CONTINUOUS_DRAFT, '5. I considered', '5. I have considered') },
  ],
  invalid: [
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
