import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { section } from '../helpers/sections';

const POWERS = "The Ombudsman's role and powers";
const DECISION_STATEMENT = '(Local Government Act 1974, section 30(1B) and 34H(i), as amended)';
const MERITS = "We cannot question whether a council's decision is right or wrong simply because the complainant disagrees with it.";

/** The continuous draft's second powers paragraph (line 23, its citation from column 136) cited another way. */
function cited(citation: string): string {
  return swap(CONTINUOUS_DRAFT, DECISION_STATEMENT, citation);
}


ruleTests('citation-house-form', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: '"sections" for the two provisions of the house\'s printed string', text: cited('(Local Government Act 1974, sections 30(1B) and 34H(1), as amended)') },
    { name: 'the house\'s printed "section" with 34H(1)', text: cited('(Local Government Act 1974, section 30(1B) and 34H(1), as amended)') },
    {
      name: 'two paragraphs of one subsection, with either "section" or "sections"',
      text: section(POWERS, 'We cannot normally investigate when someone could appeal to a tribunal or go to court, unless it would be unreasonable to expect them to. (Local Government Act 1974, section 26(6)(a) and (c), as amended)', 'We decide whether to start an investigation. (Local Government Act 1974, sections 24A(6) and (7), as amended)'),
    },
    { name: 'a range of paragraphs of a subsection, which the house form does not cover', text: cited('(Local Government Act 1974, section 26(6)(a) to (c), as amended)') },
    { name: 'a schedule citation in house form', text: section(POWERS, 'We cannot investigate the start of court action or what happened in court. (Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)') },
    { name: 'another form outside the role and powers', text: section('What I found', 'The merits are not for us (section 34(3), Local Government Act 1974).') },
    { name: 'another Act in the role and powers', text: section(POWERS, 'The law sets out a three stage complaints procedure (Children Act 1989, section 26).') },
  ],
  invalid: [
    {
      name: 'the provisions before the Act and no "as amended"',
      text: cited('(section 30(1B) and 34H(i), Local Government Act 1974)'),
      findings: [{ line: 23, column: 136, endLine: 23, endColumn: 190, message: 'Write this citation as the house does, "(Local Government Act 1974, section 30(1B) and 34H(i), as amended)": the Act comes first; it ends with "as amended".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: '"section" for the two provisions of the fault paragraph, in a draft with CRLF line ends',
      text: crlf(swap(CONTINUOUS_DRAFT, 'sections 26(1) and 26A(1)', 'section 26(1) and 26A(1)')),
      findings: [{ line: 21, column: 360, endLine: 21, endColumn: 425, message: '"section" should be "sections" for more than one provision' }],
      output: crlf(CONTINUOUS_DRAFT),
    },
    {
      name: '"sections" for one provision, and an abbreviation',
      text: section(POWERS, `${MERITS} (Local Government Act 1974, sections 34(3), as amended)`, 'We cannot investigate late complaints unless we decide there are good reasons. (Local Government Act 1974, ss. 26B and 34D, as amended)'),
      findings: [
        { line: 3, column: 120, endLine: 3, endColumn: 175, message: '"sections" should be "section" for one provision' },
        { line: 5, column: 83, endLine: 5, endColumn: 139, message: '"ss." is written "sections" in full' },
      ],
      output: section(POWERS, `${MERITS} (Local Government Act 1974, section 34(3), as amended)`, 'We cannot investigate late complaints unless we decide there are good reasons. (Local Government Act 1974, sections 26B and 34D, as amended)'),
    },
    {
      name: 'brackets without the Act',
      text: section(POWERS, `${MERITS} (Local Government Act 1974, section 34(3), as amended)`, 'We cannot investigate late complaints unless we decide there are good reasons. (sections 26B and 34D, as amended)'),
      findings: [{ line: 5, column: 83, endLine: 5, endColumn: 117, message: 'it does not name the Act' }],
      output: section(POWERS, `${MERITS} (Local Government Act 1974, section 34(3), as amended)`, 'We cannot investigate late complaints unless we decide there are good reasons. (Local Government Act 1974, sections 26B and 34D, as amended)'),
    },
    {
      name: 'a citation written into the sentence, which is reported without a fix',
      text: section(POWERS, 'Under section 34(3) of the Local Government Act 1974 we cannot question the merits of a decision made without fault.'),
      findings: [{ line: 3, column: 10, endLine: 3, endColumn: 56, message: 'it belongs in round brackets at the end of the paragraph' }],
      output: null,
    },
    {
      name: 'brackets holding more than the citation, which are reported without a fix',
      text: section(POWERS, `${MERITS} (see Local Government Act 1974, section 34(3))`),
      findings: [{ line: 3, column: 120, endLine: 3, endColumn: 166, message: 'it ends with "as amended"' }],
      output: null,
    },
  ],
});
