import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, PART_INVESTIGATED_DRAFT, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

/** The continuous draft with one heading retyped. */
function retitle(from: string, to: string): string {
  return swap(CONTINUOUS_DRAFT, `\n${from}\n`, `\n${to}\n`);
}

ruleTests('section-heading', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'the house aliases "What I have and have not investigated", "Consideration" and "Decision"',
      text: swap(swap(PART_INVESTIGATED_DRAFT, '\nAnalysis\n', '\nConsideration\n'), '\nFinal decision\n', '\nDecision\n'),
    },
    {
      name: 'a long Analysis sub-heading that starts "Analysis -"',
      text: swap(CONTINUOUS_DRAFT, '\nAnalysis\n', '\nAnalysis - did the Council check the invoices before charging Mr B?\n'),
    },
    {
      name: 'a sub-heading "Assessment" under What I found in an adult care decision, which is not My assessment',
      text: swap(CONTINUOUS_DRAFT, '\nWhat happened\n', '\nAssessment\n'),
    },
    {
      name: 'a "Key findings" sub-heading, which is not a misspelling of What I found',
      text: swap(CONTINUOUS_DRAFT, '\nWhat happened\n', '\nKey findings\n'),
    },
    {
      name: 'a half-typed heading too short to be taken for any house heading',
      text: retitle('How I considered this complaint', 'How I consid'),
    },
  ],
  invalid: [
    {
      name: 'the role and powers typed without its apostrophe',
      text: retitle("The Ombudsman's role and powers", 'The Ombudsmans role and powers'),
      findings: [{ line: 19, column: 1, endLine: 19, endColumn: 31, message: 'The heading "The Ombudsmans role and powers" is worded differently from the house heading "The Ombudsman\'s role and powers".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a heading in title case',
      text: retitle('Final decision', 'Final Decision'),
      findings: [{ line: 60, column: 1, endLine: 60, endColumn: 15, message: 'The heading "Final Decision" is written differently from the house heading "Final decision".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a heading with a trailing colon',
      text: retitle('What I found', 'What I found:'),
      findings: [{ line: 31, column: 1, endLine: 31, endColumn: 14, message: '"What I found:" is written differently from the house heading "What I found".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a misspelt heading',
      text: retitle('How I considered this complaint', 'How I considered this complant'),
      findings: [{ line: 25, column: 1, endLine: 25, endColumn: 31, message: '"How I considered this complant" looks like a misspelling of the house heading "How I considered this complaint".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a half-typed Final decision',
      text: retitle('Final decision', 'Final decisio'),
      findings: [{ line: 60, column: 1, endLine: 60, endColumn: 14, message: 'looks like a misspelling of the house heading "Final decision"' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a title-case heading with a curly apostrophe, which keeps its curly apostrophe when fixed',
      text: swap(WEB_COPY, 'The Ombudsman’s role and powers', 'The Ombudsman’s Role and Powers'),
      findings: [{ line: 18, column: 1, endLine: 18, endColumn: 32, message: 'the house heading "The Ombudsman’s role and powers"' }],
      output: WEB_COPY,
    },
    {
      name: 'a numbered variant heading, whose number is left for section-heading-numbered',
      text: retitle("The Ombudsman's role and powers", '3. Our role and powers'),
      findings: [{ line: 19, column: 4, endLine: 19, endColumn: 23, message: 'The heading "Our role and powers" is worded differently' }],
      output: retitle("The Ombudsman's role and powers", "3. The Ombudsman's role and powers"),
    },
    {
      name: '"Agreed actions" in a draft with CRLF line ends',
      text: crlf(retitle('Agreed action', 'Agreed actions')),
      findings: [{ line: 49, column: 1, endLine: 49, endColumn: 15, message: '"Agreed actions" is worded differently from the house heading "Agreed action".' }],
      output: crlf(CONTINUOUS_DRAFT),
    },
    {
      name: '"My Assessment" and "The Complaint" in a closed complaint',
      text: swap(swap(CLOSED_DRAFT, 'My assessment', 'My Assessment'), 'The complaint\n', 'The Complaint\n'),
      findings: [
        { line: 13, column: 1, endLine: 13, endColumn: 14, message: 'The heading "The Complaint" is written differently from the house heading "The complaint".' },
        { line: 25, column: 1, endLine: 25, endColumn: 14, message: 'The heading "My Assessment" is written differently from the house heading "My assessment".' },
      ],
      output: CLOSED_DRAFT,
    },
  ],
});
