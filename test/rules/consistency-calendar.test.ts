import { CONTINUOUS_DRAFT, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const EVENT = '8. The Council arranged four home care visits a week for Mr B from May 2023.';
const event = (sentence: string) => swap(CONTINUOUS_DRAFT, EVENT, `8. ${sentence}`);

ruleTests('consistency-calendar', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'weekdays that match their dates, with and without a comma or "the"', text: event('On Monday 3 March 2025 the Council wrote to Mr B, and on Tuesday, the 4th March 2025 it rang him.') },
    { name: '29 February in a leap year', text: event('On 29 February 2024 the Council wrote to Mr B.') },
    { name: 'a weekday that is not next to a date', text: event('The carers came every Monday from 3 March 2025.') },
  ],
  invalid: [
    {
      name: '29 February outside a leap year, and 31 April',
      text: event('On 29 February 2023 the Council wrote to Mr B, and it replied on 31 April 2023.'),
      findings: [
        { line: 39, column: 7, endLine: 39, endColumn: 23, message: '"29 February 2023" is not a date: February 2023 has 28 days.' },
        { line: 39, column: 69, endLine: 39, endColumn: 82, message: '"31 April 2023" is not a date: April 2023 has 30 days.' },
      ],
      output: null,
    },
    {
      name: 'a day 0',
      text: event('On 0 March 2023 the Council wrote to Mr B.'),
      findings: [{ line: 39, column: 7, endLine: 39, endColumn: 19, message: '"0 March 2023" is not a date: no month has a day 0.' }],
      output: null,
    },
    {
      name: 'a weekday the date did not fall on, and one joined by "the"',
      text: event('On Tuesday 3 March 2025 the Council wrote to Mr B, and on Monday the 4th March 2025 it rang him.'),
      findings: [
        { line: 39, column: 7, endLine: 39, endColumn: 27, message: '3 March 2025 is a Monday, not a Tuesday: the weekday or the date is wrong.' },
        { line: 39, column: 62, endLine: 39, endColumn: 87, message: '4th March 2025 is a Tuesday, not a Monday: the weekday or the date is wrong.' },
      ],
      output: null,
    },
  ],
});
