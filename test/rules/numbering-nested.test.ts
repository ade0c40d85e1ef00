import { dedent } from '../helpers/dedent';
import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, NOT_UPHELD_HEAD, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

/** Paragraph 12 of the continuous draft with its lettered list retyped. */
function agreedList(a: string, b: string, c: string): string {
  return swap(swap(swap(CONTINUOUS_DRAFT, '    a) apologise', `    ${a} apologise`), '    b) refund', `    ${b} refund`), '    c) pay', `    ${c} pay`);
}

/** A stage 2 investigation with ten heads of complaint, three levels deep, as the website prints them. */
const HEADS_OF_COMPLAINT = NOT_UPHELD_HEAD + dedent(`
  The complaint

    1. Ms C complained about the Council's stage 2 investigation. The agreed statement of complaint had these heads:
          1. the Council did not tell her about the application;
          2. the officer's report was wrong about:
              a) the height of the extension;
              b) the distance to her boundary;
          3. the Council did not consider:
              a) her objection, in particular:
                  i. the loss of light to her kitchen;
                  ii. the loss of privacy in her garden;
              b) the objections of other neighbours.
    2. Ms C wants the Council to review its decision.
`);

ruleTests('numbering-nested', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a list three levels deep in a website copy', text: HEADS_OF_COMPLAINT },
    { name: 'a list lettered in brackets', text: agreedList('(a)', '(b)', '(c)') },
    { name: 'a list in roman numerals', text: agreedList('i.', 'ii.', 'iii.') },
    {
      name: 'a lettered list that runs past h) to i) and j)',
      text: NOT_UPHELD_HEAD + dedent(`
        The complaint

        1. Ms C complains the Council:
            a) did not notify her of the application;
            b) did not visit her garden;
            c) misstated the height of the extension;
            d) ignored her objection;
            e) did not consult the parish council;
            f) delayed its reply to her complaint;
            g) did not escalate her complaint;
            h) lost her photographs;
            i) did not reply to her emails; and
            j) was rude to her on the telephone.
      `),
    },
    {
      name: 'lists under two paragraphs, each starting again at a)',
      text: swap(CONTINUOUS_DRAFT, '13. Within three months of the final decision, the Council will remind staff in its charging team to check invoices against visit logs.', '13. Within three months of the final decision, the Council has agreed to:\n    a) remind staff in its charging team to check invoices against visit logs; and\n    b) review the other invoices from the same provider.'),
    },
  ],
  invalid: [
    {
      name: 'a lettered list that skips c)',
      text: agreedList('a)', 'b)', 'd)'),
      findings: [{ line: 54, column: 5, endLine: 54, endColumn: 7, message: 'List item "d)" is out of sequence; expected "c)".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a bracketed letter typed twice',
      text: agreedList('(a)', '(b)', '(b)'),
      findings: [{ line: 54, column: 5, endLine: 54, endColumn: 8, message: 'List item "(b)" is out of sequence; expected "(c)".' }],
      output: agreedList('(a)', '(b)', '(c)'),
    },
    {
      name: 'a roman list that skips iii.',
      text: agreedList('i.', 'ii.', 'iv.'),
      findings: [{ line: 54, column: 5, endLine: 54, endColumn: 8, message: 'List item "iv." is out of sequence; expected "iii.".' }],
      output: agreedList('i.', 'ii.', 'iii.'),
    },
    {
      name: 'a lettered list that slips into roman numerals',
      text: agreedList('a)', 'b)', 'iii)'),
      findings: [{ line: 54, column: 5, endLine: 54, endColumn: 9, message: 'List item "iii)" changes style within its list; expected "c)".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a lettered list that changes its stop from a bracket to a full stop',
      text: agreedList('a)', 'b.', 'c)'),
      findings: [{ line: 53, column: 5, endLine: 53, endColumn: 7, message: 'List item "b." changes style within its list; expected "b)".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a list that starts at b)',
      text: agreedList('b)', 'c)', 'd)'),
      findings: [
        { line: 52, column: 5, endLine: 52, endColumn: 7, message: 'List item "b)" is out of sequence; expected "a)".' },
        { line: 53, column: 5, endLine: 53, endColumn: 7, message: 'List item "c)" is out of sequence; expected "b)".' },
        { line: 54, column: 5, endLine: 54, endColumn: 7, message: 'List item "d)" is out of sequence; expected "c)".' },
      ],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a nested list copied from the website as deeper numbers that skip 2',
      text: swap(swap(WEB_COPY, '        2. overlooking', '        3. overlooking'), '        3. the design', '        4. the design'),
      findings: [
        { line: 33, column: 9, endLine: 33, endColumn: 11, message: 'List item "3." is out of sequence; expected "2.".' },
        { line: 34, column: 9, endLine: 34, endColumn: 11, message: 'List item "4." is out of sequence; expected "3.".' },
      ],
      output: WEB_COPY,
    },
    {
      name: 'slips at the second and third levels of a list, with CRLF line ends',
      text: crlf(swap(swap(HEADS_OF_COMPLAINT, '            b) the distance', '            c) the distance'), '                ii. the loss', '                iii. the loss')),
      findings: [
        { line: 19, column: 13, endLine: 19, endColumn: 15, message: 'List item "c)" is out of sequence; expected "b)".' },
        { line: 23, column: 17, endLine: 23, endColumn: 21, message: 'List item "iii." is out of sequence; expected "ii.".' },
      ],
      output: crlf(HEADS_OF_COMPLAINT),
    },
  ],
});
