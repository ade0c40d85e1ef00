import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, shiftNumbers, swap, WEB_COPY, withBom } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

ruleTests('numbering-duplicate', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a numbered sub-heading that carries the same number as the paragraph under it',
      text: swap(CONTINUOUS_DRAFT, '\nWhat happened\n', '\n8. What happened\n'),
    },
    {
      name: 'a nested list whose first item repeats its paragraph\'s number',
      text: swap(swap(swap(CONTINUOUS_DRAFT, '    a) apologise', '    12. apologise'), '    b) refund', '    13. refund'), '    c) pay', '    14. pay'),
    },
    {
      name: 'a second heading restarting at 1 after a one-paragraph complaint, which is mixed numbering rather than a duplicate',
      text: shiftNumbers(swap(CLOSED_DRAFT, '\n2. We cannot', '\n1. We cannot'), 3, -1),
    },
  ],
  invalid: [
    {
      name: 'a paragraph number typed twice in What happened',
      text: shiftNumbers(CONTINUOUS_DRAFT, 10, -1),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 3, message: 'Paragraph number 9 is used twice.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'the first paragraph under a heading numbered as the last one above it',
      text: shiftNumbers(CONTINUOUS_DRAFT, 3, -1),
      findings: [{ line: 21, column: 1, endLine: 21, endColumn: 3, message: 'Paragraph number 2 is used twice.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'two paragraphs numbered 1 under the same heading of a website copy',
      text: swap(WEB_COPY, '  2. The report considered', '  1. The report considered'),
      findings: [{ line: 39, column: 3, endLine: 39, endColumn: 5, message: 'Paragraph number 1 is used twice.' }],
      output: WEB_COPY,
    },
    {
      name: 'a duplicate in Agreed action of a draft saved with CRLF line ends and a byte order mark',
      text: withBom(crlf(shiftNumbers(CONTINUOUS_DRAFT, 14, -1))),
      findings: [{ line: 58, column: 1, endLine: 58, endColumn: 4, message: 'Paragraph number 13 is used twice.' }],
      output: withBom(crlf(CONTINUOUS_DRAFT)),
    },
  ],
});
