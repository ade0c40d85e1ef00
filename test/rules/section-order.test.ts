import { dedent } from '../helpers/dedent';
import { ruleTests } from '../helpers/rule-tester';

const head = dedent(`
  Northshire County Council (23 014 552)

  Decision : Not upheld
`);

ruleTests('section-order', {
  valid: [
    {
      name: 'the house order',
      text: head + dedent(`
        The complaint

        1. Mr B complains about the Council.

        The Ombudsman's role and powers

        2. We investigate complaints about fault.

        How I considered this complaint

        3. I read the papers.

        What I found

        4. The Council acted properly.

        Final decision

        5. I have completed my investigation.
      `),
    },
    {
      name: '"What I have investigated" after the role and powers, where the house also puts it',
      text: head + dedent(`
        The complaint

        1. Mr B complains.

        The Ombudsman's role and powers

        2. We investigate.

        What I have investigated

        3. I looked at the 2023 decision only.

        How I considered this complaint

        4. I read the papers.

        Final decision

        5. Done.
      `),
    },
  ],
  invalid: [
    {
      name: 'Final decision placed before Agreed action',
      text: head + dedent(`
        The complaint

        1. Mr B complains.

        Final decision

        2. I uphold the complaint.

        Agreed action

        3. Within one month of the final decision the Council will apologise.
      `),
      findings: [{ line: 12, column: 1, endLine: 12, endColumn: 14, message: '"Agreed action" should come before "Final decision"' }],
      output: null,
    },
  ],
});
