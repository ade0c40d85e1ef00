import { CONTINUOUS_DRAFT, cut, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const EVENT = '8. The Council arranged four home care visits a week for Mr B from May 2023.';
/** The draft is dated 14 Mar 2024; this event is a year later. */
const LATER_EVENT = swap(CONTINUOUS_DRAFT, EVENT, '8. On 3 March 2025 the Council arranged four home care visits a week for Mr B.');

ruleTests('consistency-dates', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'an event on the decision date itself', text: swap(CONTINUOUS_DRAFT, EVENT, '8. On 14 March 2024 the Council wrote to Mr B.') },
    { name: 'a deadline after the decision date', text: swap(CONTINUOUS_DRAFT, EVENT, '8. The Council must reply by 3 March 2025, and the review is due on 1 April 2025.') },
    { name: 'a dated action in Agreed action', text: swap(CONTINUOUS_DRAFT, 'c) pay Mr B £150', 'c) on 30 April 2024 pay Mr B £150') },
    { name: 'a draft with no decision date yet', text: cut(LATER_EVENT, 'Decision date', 'The Ombudsman') },
    { name: 'a month and year without a day', text: swap(CONTINUOUS_DRAFT, EVENT, '8. In May 2025 the Council wrote to Mr B.') },
  ],
  invalid: [
    {
      name: 'an event related a year after the decision date',
      text: LATER_EVENT,
      findings: [{ line: 39, column: 7, endLine: 39, endColumn: 19, message: '"3 March 2025" is after the decision date (14 Mar 2024)' }],
      output: null,
    },
    {
      name: 'a later date in the Summary',
      text: swap(CONTINUOUS_DRAFT, 'Summary: Mr B complained', 'Summary: On 2nd April 2024 Mr B complained'),
      findings: [{ line: 11, column: 13, endLine: 11, endColumn: 27 }],
      output: null,
    },
  ],
});
