import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY, withBom } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const TITLE = 'Northshire County Council (23 014 552)';

/** The continuous draft with its title line retyped. */
function titled(title: string): string {
  return swap(CONTINUOUS_DRAFT, TITLE, title);
}

ruleTests('front-matter-title', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a reference with the suffix letter of a linked case', text: titled('Northshire County Council (23 014 552b)') },
    { name: 'a care provider named as a company, with brackets in its name', text: titled('Brightwater Homes (Northshire) Limited (23 016 044)') },
    { name: 'spaces inside the brackets', text: titled('Northshire County Council ( 23 014 552 )') },
  ],
  invalid: [
    {
      name: 'a statement that starts at its Category line',
      text: swap(CONTINUOUS_DRAFT, `${TITLE}\n\n`, ''),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 1, message: 'The statement has no title line: "<Body name> (21 003 279)".' }],
      output: null,
    },
    {
      name: 'a title with no reference',
      text: titled('Northshire County Council'),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 26, message: 'The title has no reference number; add it in brackets: "Northshire County Council (21 003 279)".' }],
      output: null,
    },
    {
      name: 'a half-typed reference, which the message leaves out of the body\'s name',
      text: titled('Northshire County Council (23 014'),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 34, message: 'The title has no reference number; add it in brackets: "Northshire County Council (21 003 279)".' }],
      output: null,
    },
    {
      name: 'a reference typed without spaces, after a byte order mark, which is no column',
      text: withBom(titled('Northshire County Council (23014552)')),
      findings: [{ line: 1, column: 28, endLine: 1, endColumn: 36, message: 'The reference "23014552" is not in the house form "21 003 279"; write "23 014 552".' }],
      output: withBom(CONTINUOUS_DRAFT),
    },
    {
      name: 'a reference typed with hyphens, in a website copy with CRLF line ends',
      text: crlf(swap(WEB_COPY, '(22 007 310)', '(22-007-310)')),
      findings: [{ line: 1, column: 27, endLine: 1, endColumn: 37, message: 'write "22 007 310"' }],
      output: crlf(WEB_COPY),
    },
    {
      name: 'a linked case whose suffix letter is a capital',
      text: titled('Northshire County Council (23 014 552B)'),
      findings: [{ line: 1, column: 28, endLine: 1, endColumn: 39, message: 'write "23 014 552b"' }],
      output: titled('Northshire County Council (23 014 552b)'),
    },
    {
      name: 'a reference one digit short, which cannot be regrouped',
      text: titled('Northshire County Council (23 14 552)'),
      findings: [{ line: 1, column: 28, endLine: 1, endColumn: 37, message: 'The reference "23 14 552" is not in the house form "21 003 279".' }],
      output: null,
    },
    {
      name: 'a reference with words in its brackets',
      text: titled('Northshire County Council (ref 23 014 552)'),
      findings: [{ line: 1, column: 28, endLine: 1, endColumn: 42, message: 'The reference "ref 23 014 552" is not in the house form' }],
      output: null,
    },
  ],
});
