import { OTHER_SITE_COPY, CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, redated } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

/** The continuous draft with its decision date retyped. */
ruleTests('front-matter-date', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a copy from another site with no Decision date line and no final-decision line, which the house tolerates', text: OTHER_SITE_COPY },
    { name: 'the label "Date of decision"', text: swap(CONTINUOUS_DRAFT, 'Decision date : 14 Mar 2024', 'Date of decision : 14 Mar 2024') },
    { name: 'a date with the day before the tenth', text: redated(CONTINUOUS_DRAFT, '08 Mar 2024') },
  ],
  invalid: [
    {
      name: 'a statement with no Decision date line, reported at its Decision line',
      text: swap(CONTINUOUS_DRAFT, 'Decision date : 14 Mar 2024\n\n', ''),
      findings: [{ line: 5, column: 1, endLine: 5, endColumn: 18, message: 'The front matter has no "Decision date : DD Mon YYYY" line.' }],
      output: null,
    },
    {
      name: 'the month written out in full',
      text: redated(CONTINUOUS_DRAFT, '14 March 2024'),
      findings: [{ line: 7, column: 17, endLine: 7, endColumn: 30, message: 'Write the decision date as "14 Mar 2024" (DD Mon YYYY).' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a date typed day first with slashes',
      text: redated(CONTINUOUS_DRAFT, '14/03/2024'),
      findings: [{ line: 7, column: 17, endLine: 7, endColumn: 27, message: 'Write the decision date as "14 Mar 2024"' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'an ISO date in a draft with CRLF line ends',
      text: crlf(redated(CONTINUOUS_DRAFT, '2024-03-14')),
      findings: [{ line: 7, column: 17, endLine: 7, endColumn: 27, message: 'Write the decision date as "14 Mar 2024"' }],
      output: crlf(CONTINUOUS_DRAFT),
    },
    {
      name: 'an ordinal day and "Sept"',
      text: redated(CONTINUOUS_DRAFT, '4th Sept 2024'),
      findings: [{ line: 7, column: 17, endLine: 7, endColumn: 30, message: 'Write the decision date as "04 Sep 2024"' }],
      output: redated(CONTINUOUS_DRAFT, '04 Sep 2024'),
    },
    {
      name: 'a day February does not have',
      text: redated(CONTINUOUS_DRAFT, '30 Feb 2024'),
      findings: [{ line: 7, column: 17, endLine: 7, endColumn: 28, message: '"30 Feb 2024" is not a date; write the decision date as DD Mon YYYY, e.g. 08 Mar 2022.' }],
      output: null,
    },
    {
      name: 'a date typed month first',
      text: redated(CONTINUOUS_DRAFT, '03/14/2024'),
      findings: [{ line: 7, column: 17, endLine: 7, endColumn: 27, message: '"03/14/2024" is not a date' }],
      output: null,
    },
    {
      name: 'a half-typed date',
      text: redated(CONTINUOUS_DRAFT, '14 Mar'),
      findings: [{ line: 7, column: 17, endLine: 7, endColumn: 23, message: '"14 Mar" is not a date' }],
      output: null,
    },
  ],
});
