import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, shiftNumbers, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

/** Paragraph 5 withdrawn, and the numbers after it kept, as a directive says. */
const keptAfterWithdrawn = swap(shiftNumbers(CONTINUOUS_DRAFT, 5, 1), '\n6. ', '\n<!-- decision-lint-disable-next-line numbering-gap -- paragraph 5 was withdrawn; keep the numbers -->\n6. ');

ruleTests('numbering-gap', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a website copy when the configuration says numbering restarts', text: WEB_COPY, numbering: 'restart' },
    {
      name: 'a numbered house heading, which is not counted as a paragraph',
      text: swap(CONTINUOUS_DRAFT, '\nFinal decision\n', '\n15. Final decision\n'),
    },
    {
      name: 'a nested list numbered from 1 inside a continuous draft',
      text: swap(swap(swap(CONTINUOUS_DRAFT, '    a) apologise', '    1. apologise'), '    b) refund', '    2. refund'), '    c) pay', '    3. pay'),
    },
    {
      name: 'an unnumbered quotation between two paragraphs',
      text: swap(CONTINUOUS_DRAFT, '\n9. In June 2023', '\n“The Council will only charge for the visits that take place.”\n\n9. In June 2023'),
    },
  ],
  invalid: [
    {
      name: 'a number skipped after one a directive keeps, where the fix renumbers around the kept one',
      text: shiftNumbers(keptAfterWithdrawn, 12, 1),
      findings: [{ line: 48, column: 1, endLine: 48, endColumn: 4, message: 'Paragraph 13 follows paragraph 11: number 12 is missing.' }],
      output: keptAfterWithdrawn,
    },
    {
      name: 'a number skipped in the middle of What happened',
      text: shiftNumbers(CONTINUOUS_DRAFT, 10, 1),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 4, message: 'Paragraph 11 follows paragraph 9: number 10 is missing.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a number skipped, where the fix also writes an earlier "03." as the house does',
      text: swap(shiftNumbers(CONTINUOUS_DRAFT, 10, 1), '\n3. ', '\n03. '),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 4, message: 'Paragraph 11 follows paragraph 9: number 10 is missing.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'three numbers skipped across a heading',
      text: shiftNumbers(CONTINUOUS_DRAFT, 5, 3),
      findings: [{ line: 27, column: 1, endLine: 27, endColumn: 3, message: 'Paragraph 8 follows paragraph 4: numbers 5 to 7 are missing.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a draft whose first paragraph is numbered 2',
      text: shiftNumbers(CONTINUOUS_DRAFT, 1, 1),
      findings: [{ line: 15, column: 1, endLine: 15, endColumn: 3, message: 'Paragraph numbering starts at 2 here; it should start at 1.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a website copy missing paragraph 2 under What happened, renumbered within that heading only',
      text: swap(WEB_COPY, '  2. The report considered', '  3. The report considered'),
      findings: [{ line: 39, column: 3, endLine: 39, endColumn: 5, message: 'Paragraph 3 follows paragraph 1: number 2 is missing.' }],
      output: WEB_COPY,
    },
    {
      name: 'a website copy with CRLF line ends whose first paragraph was lost in the copy',
      text: crlf(swap(swap(WEB_COPY, '  1. Ms C complained', '  2. Ms C complained'), '  2. Ms C says', '  3. Ms C says')),
      findings: [{ line: 15, column: 3, endLine: 15, endColumn: 5, message: 'Paragraph numbering starts at 2 here; it should start at 1.' }],
      output: crlf(WEB_COPY),
    },
    {
      name: 'a gap whose renumbering also moves a cross-reference to a later paragraph',
      text: swap(shiftNumbers(CONTINUOUS_DRAFT, 10, 1), 'There was fault by the Council', 'For the reasons at paragraph 12, there was fault by the Council'),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 4, message: 'Paragraph 11 follows paragraph 9: number 10 is missing.' }],
      output: swap(CONTINUOUS_DRAFT, 'There was fault by the Council', 'For the reasons at paragraph 11, there was fault by the Council'),
    },
    {
      name: 'a gap in a website copy, whose renumbering leaves "paragraph 2" alone because every heading has one',
      text: swap(swap(WEB_COPY, '  2. The report considered', '  3. The report considered'), 'without fault.', 'without fault, as paragraph 2 under What happened shows.'),
      findings: [{ line: 39, column: 3, endLine: 39, endColumn: 5, message: 'Paragraph 3 follows paragraph 1: number 2 is missing.' }],
      output: swap(WEB_COPY, 'without fault.', 'without fault, as paragraph 2 under What happened shows.'),
    },
  ],
});
