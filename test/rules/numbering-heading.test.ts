import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

ruleTests('numbering-heading', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a short lead-in without a colon that introduces a lettered list',
      text: swap(CONTINUOUS_DRAFT, '12. Within one month of the final decision, the Council has agreed to:', '12. The Council has agreed to'),
    },
    {
      name: 'a short last paragraph without a full stop before the sign-off',
      text: swap(CONTINUOUS_DRAFT, '15. I have completed my investigation. There was fault by the Council which caused Mr B an injustice. The Council has agreed to take action to remedy that injustice.', '15. I uphold Mr B’s complaint'),
    },
    {
      name: 'a numbered house heading, which section-heading-numbered reports',
      text: swap(CONTINUOUS_DRAFT, '\nFinal decision\n', '\n15. Final decision\n'),
    },
  ],
  invalid: [
    {
      name: 'a sub-heading typed with the number of the paragraph below it',
      text: swap(CONTINUOUS_DRAFT, '\nWhat happened\n', '\n8. What happened\n'),
      findings: [{ line: 37, column: 1, endLine: 37, endColumn: 3, message: '"What happened" reads as a sub-heading but is numbered as paragraph 8; sub-headings are not numbered.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a numbered sub-heading in a website copy, whose indent goes with its number',
      text: swap(WEB_COPY, '\nPlanning law and guidance\n', '\n  1. Planning law and guidance\n'),
      findings: [{ line: 29, column: 3, endLine: 29, endColumn: 5, message: '"Planning law and guidance" reads as a sub-heading but is numbered as paragraph 1' }],
      output: WEB_COPY,
    },
    {
      name: '"Other matters" numbered with a tab in a draft with CRLF line ends',
      text: crlf(swap(CONTINUOUS_DRAFT, '\nAgreed action\n', '\n12.\tOther matters\n\n12. Mr B also says the Council’s staff were rude to him on the telephone. I have seen no evidence of this.\n\nAgreed action\n')),
      findings: [{ line: 49, column: 1, endLine: 49, endColumn: 4, message: '"Other matters" reads as a sub-heading but is numbered as paragraph 12' }],
      output: crlf(swap(CONTINUOUS_DRAFT, '\nAgreed action\n', '\nOther matters\n\n12. Mr B also says the Council’s staff were rude to him on the telephone. I have seen no evidence of this.\n\nAgreed action\n')),
    },
    {
      name: 'a numbered sub-heading with a curly apostrophe',
      text: swap(WEB_COPY, '\nWhat happened\n', '\n  1. The Council’s decision\n'),
      findings: [{ line: 36, column: 3, endLine: 36, endColumn: 5, message: '"The Council’s decision" reads as a sub-heading' }],
      output: swap(WEB_COPY, '\nWhat happened\n', '\nThe Council’s decision\n'),
    },
  ],
});
