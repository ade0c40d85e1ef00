import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, shiftNumbers, swap, WEB_COPY, withBom } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

/** The closed draft as the website shows it: one paragraph under each heading, each numbered 1. */
const CLOSED_COPY = CLOSED_DRAFT.replace(/^\d+\./gm, '1.');

ruleTests('numbering-mixed-mode', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a closed decision copied from the website, every paragraph numbered 1', text: CLOSED_COPY },
    { name: 'a continuous draft when the configuration says numbering is continuous', text: CONTINUOUS_DRAFT, numbering: 'continuous' },
    { name: 'a website copy when the configuration says numbering restarts', text: WEB_COPY, numbering: 'restart' },
  ],
  invalid: [
    {
      name: 'a Final decision that restarts at 1 in a draft numbered straight through',
      text: swap(CONTINUOUS_DRAFT, '\n15. I have completed', '\n1. I have completed'),
      findings: [{ line: 62, column: 1, endLine: 62, endColumn: 3, message: 'Numbering restarts at 1 here, but this statement numbers paragraphs continuously (as most of this draft does); expected 15.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'two blocks pasted from the website into a continuous draft, each expecting the number the fix gives it',
      text: withBom(crlf(shiftNumbers(shiftNumbers(CONTINUOUS_DRAFT, 12, -11), 8, -7))),
      findings: [
        { line: 39, column: 1, endLine: 39, endColumn: 3, message: 'continuously (as most of this draft does); expected 8.' },
        { line: 51, column: 1, endLine: 51, endColumn: 3, message: 'continuously (as most of this draft does); expected 12.' },
      ],
      output: withBom(crlf(CONTINUOUS_DRAFT)),
    },
    {
      name: 'a website copy whose role and powers carries on from the complaint',
      text: swap(swap(WEB_COPY, '  1. We investigate', '  3. We investigate'), '  2. We cannot question', '  4. We cannot question'),
      findings: [{ line: 20, column: 3, endLine: 20, endColumn: 5, message: 'Numbering continues from 2 here, but this statement restarts at 1 under every heading (as most of this draft does).' }],
      output: WEB_COPY,
    },
    {
      name: 'a continuous draft when the configuration says numbering restarts',
      numbering: 'restart',
      text: CLOSED_DRAFT,
      findings: [
        { line: 19, column: 1, endLine: 19, endColumn: 3, message: 'Numbering continues from 1 here, but this statement restarts at 1 under every heading (as configured).' },
        { line: 23, column: 1, endLine: 23, endColumn: 3, message: 'Numbering continues from 2 here' },
        { line: 27, column: 1, endLine: 27, endColumn: 3, message: 'Numbering continues from 3 here' },
        { line: 31, column: 1, endLine: 31, endColumn: 3, message: 'Numbering continues from 4 here' },
      ],
      output: CLOSED_COPY,
    },
    {
      name: 'a website copy with one paragraph a heading when the configuration says numbering is continuous',
      numbering: 'continuous',
      text: CLOSED_COPY,
      findings: [
        { line: 19, column: 1, endLine: 19, endColumn: 3, message: 'Numbering restarts at 1 here, but this statement numbers paragraphs continuously (as configured); expected 2.' },
        { line: 23, column: 1, endLine: 23, endColumn: 3, message: 'expected 3.' },
        { line: 27, column: 1, endLine: 27, endColumn: 3, message: 'expected 4.' },
        { line: 31, column: 1, endLine: 31, endColumn: 3, message: 'expected 5.' },
      ],
      output: CLOSED_DRAFT,
    },
  ],
});
