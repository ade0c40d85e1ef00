import { dedent } from '../helpers/dedent';
import { CLOSED_DRAFT, CONTINUOUS_DRAFT, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const head = dedent(`
  Northshire County Council (23 014 552)

  Decision : Not upheld
`);

const howConsidered = 'How I considered this complaint\n\n  1. I considered the information Ms C and the Council provided, and the planning documents on the Council’s website.\n\n';

ruleTests('section-order', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a sub-heading "Decision" under What I found, with the Final decision further down',
      text: swap(CONTINUOUS_DRAFT, '\nWhat happened\n', '\nDecision\n'),
    },
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
    {
      name: 'Analysis as a section of its own where there is no What I found above it',
      text: head + dedent(`
        The complaint

        1. Mr B complains.

        The Ombudsman's role and powers

        2. We investigate.

        How I considered this complaint

        3. I read the papers.

        Analysis

        4. The Council followed its policy.

        Final decision

        5. I have completed my investigation.
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
    {
      name: '"What I have investigated" typed above the complaint',
      text: head + dedent(`
        What I have investigated

        1. I have investigated the Council's handling of Mr B's grant application.

        The complaint

        2. Mr B complains the Council delayed his grant.
      `),
      findings: [{ line: 4, column: 1, endLine: 4, endColumn: 25, message: '"What I have investigated" should come after "The complaint".' }],
      output: null,
    },
    {
      name: '"What I have investigated" left below How I considered this complaint',
      text: head + dedent(`
        The complaint

        1. Mr B complains.

        How I considered this complaint

        2. I read the papers.

        What I have investigated

        3. I have investigated the grant only.
      `),
      findings: [{ line: 12, column: 1, endLine: 12, endColumn: 25, message: '"What I have investigated" should come before "How I considered this complaint".' }],
      output: null,
    },
    {
      name: 'a website copy whose curly-apostrophe role and powers comes after How I considered, once only',
      text: swap(swap(WEB_COPY, howConsidered, ''), 'The Ombudsman’s role and powers\n', howConsidered + 'The Ombudsman’s role and powers\n'),
      findings: [{ line: 22, column: 1, endLine: 22, endColumn: 32, message: '"The Ombudsman\'s role and powers" should come before "How I considered this complaint".' }],
      output: null,
    },
    {
      name: 'My assessment after Final decision in a closed complaint',
      text: swap(
        swap(CLOSED_DRAFT, "My assessment\n\n4. Mr F could have appealed to the valuation tribunal against the Council's decision that he was liable. It was reasonable to expect him to do so.\n\n", ''),
        'Investigator',
        'My assessment\n\n6. Mr F could have appealed to the valuation tribunal.\n\nInvestigator',
      ),
      findings: [{ line: 29, column: 1, endLine: 29, endColumn: 14, message: '"My assessment" should come before "Final decision".' }],
      output: null,
    },
    {
      name: 'the part not investigated placed before Final decision',
      text: head + dedent(`
        The complaint

        1. Mr B complains.

        Parts of the complaint that I did not investigate

        2. I have not investigated the councillor's conduct.

        Final decision

        3. I have completed my investigation.
      `),
      findings: [{ line: 12, column: 1, endLine: 12, endColumn: 15, message: '"Final decision" should come before "Parts of the complaint that I did not investigate".' }],
      output: null,
    },
  ],
});
