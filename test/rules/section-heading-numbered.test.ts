import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

ruleTests('section-heading-numbered', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a paragraph that opens with the words of a house heading',
      text: swap(CONTINUOUS_DRAFT, '2. Mr B says the charges', '2. The complaint was made within 12 months of Mr B receiving the last invoice. Mr B says the charges'),
    },
    {
      name: 'a short numbered sub-heading, which is numbering-heading\'s business',
      text: swap(CONTINUOUS_DRAFT, '\nWhat happened\n', '\n8. What happened\n'),
    },
  ],
  invalid: [
    {
      name: 'a house heading typed as paragraph 3 in a continuous draft',
      text: swap(CONTINUOUS_DRAFT, "\nThe Ombudsman's role and powers\n", "\n3. The Ombudsman's role and powers\n"),
      findings: [{ line: 19, column: 1, endLine: 19, endColumn: 3, message: '"The Ombudsman\'s role and powers" is a section heading, not paragraph 3: headings are not numbered.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'an indented numbered heading in a website copy',
      text: swap(WEB_COPY, '\nFinal decision\n', '\n  1. Final decision\n'),
      findings: [{ line: 45, column: 3, endLine: 45, endColumn: 5, message: '"Final decision" is a section heading, not paragraph 1' }],
      output: WEB_COPY,
    },
    {
      name: 'a numbered heading in title case, whose words are left for section-heading',
      text: swap(CLOSED_DRAFT, '\nMy assessment\n', '\n4. My Assessment\n'),
      findings: [{ line: 25, column: 1, endLine: 25, endColumn: 3, message: '"My Assessment" is a section heading, not paragraph 4' }],
      output: swap(CLOSED_DRAFT, '\nMy assessment\n', '\nMy Assessment\n'),
    },
    {
      name: 'two numbered headings with a tab after the number, in a draft with CRLF line ends',
      text: crlf(swap(swap(CONTINUOUS_DRAFT, '\nAgreed action\n', '\n12.\tAgreed action\n'), '\nFinal decision\n', '\n15)\tFinal decision\n')),
      findings: [
        { line: 49, column: 1, endLine: 49, endColumn: 4, message: '"Agreed action" is a section heading, not paragraph 12' },
        { line: 60, column: 1, endLine: 60, endColumn: 4, message: '"Final decision" is a section heading, not paragraph 15' },
      ],
      output: crlf(CONTINUOUS_DRAFT),
    },
    {
      name: 'a numbered Analysis heading with a long title',
      text: swap(CONTINUOUS_DRAFT, '\nAnalysis\n', '\n11. Analysis - did the Council check the invoices?\n'),
      findings: [{ line: 45, column: 1, endLine: 45, endColumn: 4, message: '"Analysis - did the Council check the invoices?" is a section heading, not paragraph 11' }],
      output: swap(CONTINUOUS_DRAFT, '\nAnalysis\n', '\nAnalysis - did the Council check the invoices?\n'),
    },
  ],
});
