import { dedent } from '../helpers/dedent';
import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, cut, HOUSE_DRAFTS, NOT_UPHELD_HEAD, swap, through, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

ruleTests('section-empty', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a sub-heading that only introduces the sub-headings below it',
      text: swap(CONTINUOUS_DRAFT, '\nRelevant law and guidance\n', '\nRelevant law and guidance\n\nCare Act 2014\n'),
    },
    {
      name: 'a section whose text is unnumbered, as in an early copy',
      text: NOT_UPHELD_HEAD + dedent(`
        The complaint

        Ms C complains the Council granted planning permission for her neighbour's extension.

        The Ombudsman's role and powers

        We cannot question whether a council's decision is right or wrong simply because the complainant disagrees with it. (Local Government Act 1974, section 34(3), as amended)

        How I considered this complaint

        • I read the planning officer's report;
        • I considered Ms C's comments on my draft decision.

        What I found

        The Council considered the effect of the extension on Ms C's home.

        Final decision

        There was no fault.
      `),
    },
  ],
  invalid: [
    {
      name: 'an Agreed action heading with nothing under it',
      text: cut(CONTINUOUS_DRAFT, '12. Within one month', 'Final decision'),
      findings: [{ line: 49, column: 1, endLine: 49, endColumn: 14, message: 'The section "Agreed action" has no text under it.' }],
      output: null,
    },
    {
      name: 'a Final decision not yet written, above the sign-off',
      text: cut(WEB_COPY, '  1. I have completed my investigation.', 'Investigator’s'),
      findings: [{ line: 45, column: 1, endLine: 45, endColumn: 15, message: 'The section "Final decision" has no text under it.' }],
      output: null,
    },
    {
      name: 'an empty Analysis sub-heading that closes What I found',
      text: cut(CONTINUOUS_DRAFT, '11. The Council did not check', 'Agreed action'),
      findings: [{ line: 45, column: 1, endLine: 45, endColumn: 9, message: 'The sub-heading "Analysis" has no text under it.' }],
      output: null,
    },
    {
      name: 'What I found with its sub-headings typed and no paragraphs yet, once for the last sub-heading',
      text: crlf(
        cut(cut(cut(CONTINUOUS_DRAFT, '7. A council may charge', 'What happened'), '8. The Council arranged', 'Analysis'), '11. The Council did not check', 'Agreed action'),
      ),
      findings: [{ line: 37, column: 1, endLine: 37, endColumn: 9, message: 'The sub-heading "Analysis" has no text under it.' }],
      output: null,
    },
    {
      name: 'a half-typed statement that ends on a heading',
      text: through(CLOSED_DRAFT, 'Final decision'),
      findings: [{ line: 29, column: 1, endLine: 29, endColumn: 15, message: 'The section "Final decision" has no text under it.' }],
      output: null,
    },
  ],
});
