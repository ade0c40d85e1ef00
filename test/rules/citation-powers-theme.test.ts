import { CLOSED_DRAFT, CONTINUOUS_DRAFT, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { section } from '../helpers/sections';

const POWERS = "The Ombudsman's role and powers";
const DECISION_STATEMENT = '(Local Government Act 1974, section 30(1B) and 34H(i), as amended)';
const LATE = 'We cannot investigate late complaints unless we decide there are good reasons. Late complaints are when someone takes more than 12 months to complain to us about something a council has done.';
const MERITS = "We cannot question whether a council's decision is right or wrong simply because the complainant disagrees with it.";


ruleTests('citation-powers-theme', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'the decision statement paragraph citing 34H(1), as newer decisions print it', text: swap(CONTINUOUS_DRAFT, '34H(i)', '34H(1)') },
    { name: 'the late complaints paragraph with its citation', text: section(POWERS, `${LATE} (Local Government Act 1974, sections 26B and 34D, as amended)`) },
    {
      name: 'two themes in one paragraph, each with its citation',
      text: swap(CONTINUOUS_DRAFT, DECISION_STATEMENT, `${DECISION_STATEMENT} We cannot investigate most matters inside schools. (Local Government Act 1974, Schedule 5, paragraph 5(2), as amended)`),
    },
    {
      name: 'a paragraph on two themes citing the provision of one of them',
      text: section(POWERS, 'We cannot normally investigate a complaint about a school transport decision when someone could appeal to a tribunal. (Local Government Act 1974, section 26(6)(a), as amended)'),
    },
    {
      name: 'a paragraph on two themes citing the provisions of both',
      text: section(POWERS, 'We cannot normally investigate when someone could appeal to a tribunal or go to court, unless it would be unreasonable to expect them to. (Local Government Act 1974, section 26(6)(a) and (c), as amended)'),
    },
    { name: 'a paragraph on no theme, with no citation', text: section(POWERS, 'Under our information sharing agreement, we will share this decision with Ofsted.') },
    { name: 'a theme outside the role and powers', text: section('What I found', `${LATE} (Local Government Act 1974, section 26(6)(a), as amended)`) },
  ],
  invalid: [
    {
      name: 'the late complaints paragraph citing the tribunal provision',
      text: section(POWERS, `${LATE} (Local Government Act 1974, section 26(6)(a), as amended)`),
      findings: [{ line: 3, column: 196, endLine: 3, endColumn: 253, message: 'This paragraph is about complaints made more than 12 months after the complainant knew of the matter, which the house cites as "(Local Government Act 1974, sections 26B and 34D, as amended)"; it cites "Local Government Act 1974, section 26(6)(a)".' }],
      output: null,
    },
    {
      name: 'the decision statement paragraph citing the merits provision',
      text: swap(CONTINUOUS_DRAFT, DECISION_STATEMENT, '(Local Government Act 1974, section 34(3), as amended)'),
      findings: [{ line: 23, column: 136, endLine: 23, endColumn: 190, message: 'which the house cites as "(Local Government Act 1974, section 30(1B) and 34H(i), as amended)"' }],
      output: null,
    },
    {
      name: 'the merits paragraph with no citation',
      text: section(POWERS, MERITS),
      findings: [{ line: 3, column: 4, endLine: 3, endColumn: 119, message: 'which the house ends with the citation "(Local Government Act 1974, section 34(3), as amended)"; it has none.' }],
      output: null,
    },
    {
      name: 'the tribunal paragraph of a closed complaint citing the court provision',
      text: swap(CLOSED_DRAFT, 'section 26(6)(a)', 'section 26(6)(c)'),
      findings: [{ line: 19, column: 147, endLine: 19, endColumn: 204, message: 'a right of appeal to a tribunal' }],
      output: null,
    },
  ],
});
