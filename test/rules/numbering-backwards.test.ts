import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const ONE_MONTH = '12. Within one month of the final decision, the Council has agreed to:\n    a) apologise to Mr B for charging him for visits that were not made;\n    b) refund the charges for the missed visits; and\n    c) pay Mr B £150 for his time and trouble.\n';
const THREE_MONTHS = '13. Within three months of the final decision, the Council will remind staff in its charging team to check invoices against visit logs.\n';

ruleTests('numbering-backwards', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a continuous draft whose Final decision restarts at 1, which numbering-mixed-mode reports',
      text: swap(CONTINUOUS_DRAFT, '\n15. I have completed', '\n1. I have completed'),
    },
    {
      name: 'a nested list numbered below its paragraph\'s number',
      text: swap(swap(swap(CONTINUOUS_DRAFT, '    a) apologise', '    1. apologise'), '    b) refund', '    2. refund'), '    c) pay', '    3. pay'),
    },
  ],
  invalid: [
    {
      name: 'a paragraph numbered 7 after paragraph 9',
      text: swap(CONTINUOUS_DRAFT, '\n10. The Council invoiced', '\n7. The Council invoiced'),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 3, message: 'Paragraph 7 comes after paragraph 9: numbers go backwards.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'two agreed actions moved round without renumbering them',
      text: swap(CONTINUOUS_DRAFT, `${ONE_MONTH}\n${THREE_MONTHS}`, `${THREE_MONTHS}\n${ONE_MONTH}`),
      findings: [{ line: 53, column: 1, endLine: 53, endColumn: 4, message: 'Paragraph 12 comes after paragraph 13: numbers go backwards.' }],
      output: swap(CONTINUOUS_DRAFT, `${ONE_MONTH}\n${THREE_MONTHS}`, `${THREE_MONTHS.replace('13.', '12.')}\n${ONE_MONTH.replace('12.', '13.')}`),
    },
    {
      name: 'a website copy numbered 2 then 1 under What happened',
      text: swap(swap(WEB_COPY, '  1. The Council’s planning officer', '  2. The Council’s planning officer'), '  2. The report considered', '  1. The report considered'),
      findings: [{ line: 39, column: 3, endLine: 39, endColumn: 5, message: 'Paragraph 1 comes after paragraph 2: numbers go backwards.' }],
      output: WEB_COPY,
    },
    {
      name: 'a backwards number in a draft with CRLF line ends',
      text: crlf(swap(CONTINUOUS_DRAFT, '\n14. The Council should provide', '\n4. The Council should provide')),
      findings: [{ line: 58, column: 1, endLine: 58, endColumn: 3, message: 'Paragraph 4 comes after paragraph 13' }],
      output: crlf(CONTINUOUS_DRAFT),
    },
  ],
});
