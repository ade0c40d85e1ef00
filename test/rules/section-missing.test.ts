import { dedent } from '../helpers/dedent';
import { CLOSED_DRAFT, CLOSED_HEAD, CONTINUOUS_DRAFT, crlf, cut, FAULT_PARAGRAPH, HOUSE_DRAFTS, NOT_UPHELD_HEAD, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const ROLE = "2. We investigate complaints about 'maladministration' and 'service failure', which in this statement I call 'fault'. We also consider whether any fault had an adverse effect on the person complaining, which I call 'injustice'. Where fault has caused injustice, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)";
/** The paragraph on comments, naming the complainant the draft introduces, not the library's "Mr X". */
const HOW = '3. Mr B and the Council had an opportunity to comment on my draft decision. I considered any comments I received before making a final decision.';

/** The continuous draft as it would be had the Council already put things right: no Agreed action. */
const REMEDIED = cut(
  swap(
    swap(CONTINUOUS_DRAFT, 'The Council has agreed to apologise, refund the charges and pay Mr B £150.', 'The Council had already apologised and refunded the charges.'),
    'The Council has agreed to take action to remedy that injustice.',
    'The Council had already apologised and refunded the charges, so no further action is needed.',
  ),
  'Agreed action\n',
  'Final decision\n',
);

const notUpheldWithoutFindings = NOT_UPHELD_HEAD + dedent(`
  The complaint

  1. Ms C complains the Council granted her neighbour planning permission for a two-storey extension without visiting the site.

  The Ombudsman's role and powers

  2. ${FAULT_PARAGRAPH}

  How I considered this complaint

  3. I considered the information Ms C and the Council provided.

  Final decision

  4. I have completed my investigation. There was no fault in how the Council decided the application.
`);

/** The closed draft without its role and powers, numbered on as if it had never had them. */
const withoutRole = [['3. I considered', '2. I considered'], ['4. Mr F could', '3. Mr F could'], ['5. We will not', '4. We will not']]
  .reduce((text, [from, to]) => swap(text, from!, to!), cut(CLOSED_DRAFT, "The Ombudsman's role and powers\n", 'How I considered'));

const webCopyWithoutRole = CLOSED_HEAD + dedent(`
  The complaint

    1. Mr F complains the Council wrongly made him liable for council tax on a flat he says he had left.

  How I considered this complaint

    1. I considered the information Mr F provided.

  My assessment

    1. Mr F could have appealed to the valuation tribunal. It was reasonable to expect him to do so.

  Final decision

    1. We will not investigate Mr F's complaint because he could have appealed to a tribunal.
`);

ruleTests('section-missing', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'an upheld complaint the Council had already put right, with no Agreed action', text: REMEDIED },
    {
      name: 'a closed complaint with neither What I found nor My assessment',
      text: CLOSED_HEAD + dedent(`
        The complaint

        1. Mr F complains about a council tax liability order.

        The Ombudsman’s role and powers

        2. We cannot investigate a complaint if someone could appeal to a tribunal, unless it would be unreasonable to expect them to appeal. (Local Government Act 1974, section 26(6)(a), as amended)

        How I considered this complaint

        3. I considered the information Mr F provided.

        Final decision

        4. We will not investigate this complaint.
      `),
    },
    {
      name: 'house headings typed with a trailing colon or a paragraph number',
      text: swap(
        swap(notUpheldWithoutFindings, 'How I considered this complaint\n', 'How I considered this complaint:\n'),
        'Final decision\n\n4.',
        'What I found\n\n4. The planning officer visited the site before writing the report.\n\n5. Final decision\n\n5.',
      ),
    },
  ],
  invalid: [
    {
      name: 'an upheld complaint with an agreed remedy but no Agreed action',
      text: swap(CONTINUOUS_DRAFT, 'Agreed action\n\n', ''),
      findings: [{ line: 58, column: 1, endLine: 58, endColumn: 15, message: 'The section "Agreed action" is missing: an upheld complaint with an agreed remedy needs it.' }],
      output: swap(CONTINUOUS_DRAFT, 'Agreed action\n\n', '').replace('Final decision\n', 'Agreed action\n\nFinal decision\n'),
    },
    {
      name: 'an upheld complaint the Council had already put right, with no What I found',
      text: cut(REMEDIED, 'What I found\n', 'Final decision\n'),
      findings: [{ line: 31, column: 1, endLine: 31, endColumn: 15, message: 'The section "What I found" is missing: an upheld complaint needs it.' }],
      output: cut(REMEDIED, 'Relevant law and guidance\n', 'Final decision\n'),
    },
    {
      name: 'a not-upheld decision with no What I found, which goes in before Final decision',
      text: notUpheldWithoutFindings,
      findings: [{ line: 25, column: 1, endLine: 25, endColumn: 15, message: '"What I found" is missing: a complaint that is not upheld needs it.' }],
      output: swap(notUpheldWithoutFindings, 'Final decision\n', 'What I found\n\nFinal decision\n'),
    },
    {
      name: 'a missing Final decision, which goes in above the sign-off line',
      text: swap(CONTINUOUS_DRAFT, 'Final decision\n\n15. I have completed my investigation. There was fault by the Council which caused Mr B an injustice. The Council has agreed to take action to remedy that injustice.\n\n', ''),
      findings: [{ line: 60, column: 1, endLine: 60, endColumn: 51, message: '"Final decision" is missing' }],
      output: swap(CONTINUOUS_DRAFT, '15. I have completed my investigation. There was fault by the Council which caused Mr B an injustice. The Council has agreed to take action to remedy that injustice.\n\n', ''),
    },
    {
      name: 'a half-typed draft with only its title and complaint, which gets the standard paragraphs numbered on, naming its complainant',
      text: dedent(`
        Northshire County Council (23 014 552)

        The complaint

        1. Mr B complains the Council charged him for care he did not receive.
      `),
      findings: [
        { line: 6, column: 1, endLine: 6, endColumn: 1, message: 'The section "The Ombudsman\'s role and powers" is missing: every decision statement needs it.' },
        { line: 6, column: 1, endLine: 6, endColumn: 1, message: 'The section "How I considered this complaint" is missing' },
        { line: 6, column: 1, endLine: 6, endColumn: 1, message: 'The section "Final decision" is missing' },
      ],
      output: dedent(`
        Northshire County Council (23 014 552)

        The complaint

        1. Mr B complains the Council charged him for care he did not receive.

        The Ombudsman's role and powers

        ${ROLE}

        How I considered this complaint

        ${HOW}

        Final decision
      `),
    },
    {
      name: 'a website copy with CRLF line ends and no role and powers, whose inserted paragraph starts at 1',
      text: crlf(webCopyWithoutRole),
      findings: [{ line: 17, column: 1, endLine: 17, endColumn: 32, message: '"The Ombudsman\'s role and powers" is missing: a complaint closed after initial enquiries needs it.' }],
      output: crlf(swap(webCopyWithoutRole, 'How I considered this complaint\n', `The Ombudsman's role and powers\n\n1. ${ROLE.slice(3)}\n\nHow I considered this complaint\n`)),
    },
    {
      name: 'a draft numbered straight through with no role and powers, renumbered after it when the numbering rules are on too',
      alsoOn: ['numbering-duplicate'],
      text: withoutRole,
      findings: [{ line: 17, column: 1, endLine: 17, endColumn: 32, message: '"The Ombudsman\'s role and powers" is missing: a complaint closed after initial enquiries needs it.' }],
      output: swap(CLOSED_DRAFT, '2. We cannot investigate a complaint if someone could appeal to a tribunal, unless we consider it would be unreasonable to expect them to appeal. (Local Government Act 1974, section 26(6)(a), as amended)', ROLE),
    },
  ],
});
