import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

ruleTests('section-duplicate', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a sub-heading "Decision" under What I found, with the Final decision further down',
      text: swap(CONTINUOUS_DRAFT, '\nWhat happened\n', '\nDecision\n'),
    },
    {
      name: 'an Analysis sub-heading under What I found and another under My assessment',
      text: swap(CLOSED_DRAFT, '\nMy assessment\n', '\nMy assessment\n\nAnalysis\n'),
    },
    {
      name: 'a sub-heading that names a review panel\'s final decision',
      text: swap(CONTINUOUS_DRAFT, '\nWhat happened\n', '\nFinal decision of the stage 3 review panel\n'),
    },
    {
      name: 'a sub-heading "Complaint" under What I found for the events of the Council\'s complaint handling',
      text: swap(CONTINUOUS_DRAFT, '\n10. The Council invoiced Mr B for every planned visit between May and August 2023.', '\nComplaint\n\n10. Mr B complained to the Council in September 2023. It did not reply until January 2024.'),
    },
  ],
  invalid: [
    {
      name: 'a second Final decision left at the end of a draft',
      text: swap(CONTINUOUS_DRAFT, "\nInvestigator's", "\nFinal decision\n\n16. There was fault causing injustice.\n\nInvestigator's"),
      findings: [{ line: 64, column: 1, endLine: 64, endColumn: 15, message: '"Final decision" appears again; a statement has one of each section.' }],
      output: null,
    },
    {
      name: 'a variant heading that repeats a section under another name',
      text: swap(CONTINUOUS_DRAFT, '\nWhat I found\n', '\nOur role and powers\n\n7. We may decide not to start or continue with an investigation if we are satisfied with the action the Council has taken or proposes to take. (Local Government Act 1974, section 24A(7), as amended)\n\nWhat I found\n'),
      findings: [{ line: 31, column: 1, endLine: 31, endColumn: 20, message: '"The Ombudsman\'s role and powers" appears again' }],
      output: null,
    },
    {
      name: 'a website copy pasted in twice from the complaint on, with CRLF line ends',
      text: crlf(swap(WEB_COPY, '\nWhat I found\n', "\nThe complaint\n\n  1. Ms C complained about her neighbour's extension.\n\nWhat I found\n")),
      findings: [{ line: 27, column: 1, endLine: 27, endColumn: 14, message: '"The complaint" appears again' }],
      output: null,
    },
    {
      name: 'the role and powers written once with a curly and once with a straight apostrophe',
      text: swap(CLOSED_DRAFT, '\nHow I considered', "\nThe Ombudsman’s role and powers\n\n3. We may decide not to start an investigation if we are satisfied with the action the Council has taken. (Local Government Act 1974, section 24A(7), as amended)\n\nHow I considered"),
      findings: [{ line: 21, column: 1, endLine: 21, endColumn: 32, message: '"The Ombudsman\'s role and powers" appears again' }],
      output: null,
    },
  ],
});
