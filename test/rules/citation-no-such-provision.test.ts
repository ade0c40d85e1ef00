import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { section } from '../helpers/sections';

const FOUND = 'What I found';
const FAULT_CITATION = 'sections 26(1) and 26A(1)';

/** The continuous draft's first powers paragraph (line 21) citing other provisions. */
function fault(provisions: string): string {
  return swap(CONTINUOUS_DRAFT, FAULT_CITATION, provisions);
}


ruleTests('citation-no-such-provision', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'subsection 34H(1), as newer decisions print the house\'s 34H(i)', text: swap(CONTINUOUS_DRAFT, '34H(i)', '34H(1)') },
    { name: 'a paragraph of a subsection, and a schedule paragraph with its sub-paragraph', text: section(FOUND, 'Courts (Local Government Act 1974, section 26(6)(c)) and schools (Local Government Act 1974, Schedule 5, paragraph 5(2)).') },
    { name: 'a section outside the Parts the catalogue lists in full but within the Act', text: section(FOUND, 'The Act ends with its short title (Local Government Act 1974, section 43).') },
    { name: 'a subsection of a section whose subsections the catalogue does not list in full', text: section(FOUND, 'The Council must see the child (Children Act 1989, section 47(4)).') },
    { name: 'a bare citation, whose Act is only a guess from the text around it', text: section(FOUND, 'The Children Act 1989 sets out the duties.', 'The Council then made s147 enquiries.') },
    { name: 'an Act the catalogue lacks', text: section(FOUND, 'The Council has a general power of competence (Localism Act 2011, section 999).') },
    {
      name: 'the last section or schedule of Acts whose ends the catalogue knows',
      text: section(FOUND, 'The short titles (Housing Act 1996, section 233; Children and Families Act 2014, section 140; Traffic Management Act 2004, section 100; Health and Social Care Act 2008, section 173) and the last schedules (Education Act 1996, Schedule 40; Care Act 2014, Schedule 8; Data Protection Act 2018, Schedule 21, added by amendment).'),
    },
  ],
  invalid: [
    {
      name: 'a subsection the section does not have, in the role and powers',
      text: fault('sections 26(1) and 26A(5)'),
      findings: [{ line: 21, column: 411, endLine: 21, endColumn: 412, message: 'Section 26A of the Local Government Act 1974 has no subsection (5).' }],
      output: null,
    },
    {
      name: 'a section inside Part III that does not exist, in a draft with CRLF line ends',
      text: crlf(fault('sections 26(1) and 26E(1)')),
      findings: [{ line: 21, column: 407, endLine: 21, endColumn: 410, message: 'There is no section 26E in the Local Government Act 1974.' }],
      output: null,
    },
    {
      name: 'a lettered section past the end of Part IIIA and a plain section past the end of the Act',
      text: section(FOUND, 'Providers (Local Government Act 1974, sections 34U and 44).'),
      findings: [
        { line: 3, column: 51, endLine: 3, endColumn: 54, message: 'There is no section 34U in the Local Government Act 1974.' },
        { line: 3, column: 59, endLine: 3, endColumn: 61, message: 'There is no section 44 in the Local Government Act 1974.' },
      ],
      output: null,
    },
    {
      name: 'a paragraph a subsection does not have',
      text: section(FOUND, 'Remedies in court (section 26(6)(d) of the Local Government Act 1974).'),
      findings: [{ line: 3, column: 37, endLine: 3, endColumn: 38, message: 'Section 26(6) of the Local Government Act 1974 has no paragraph (d).' }],
      output: null,
    },
    {
      name: 'a missing section cited twice after a section that exists cited twice, alike: each missing one is reported',
      text: section(FOUND, 'The Children Act 1989 (the Act) sets out the duties.', 'The Council must assess needs under section 17 of the Act, and again under section 17 of the Act. It must make enquiries under section 147 of the Act, and again under section 147 of the Act.'),
      findings: [
        { line: 5, column: 139, endLine: 5, endColumn: 142, message: 'There is no section 147 in the Children Act 1989.' },
        { line: 5, column: 179, endLine: 5, endColumn: 182, message: 'There is no section 147 in the Children Act 1989.' },
      ],
      output: null,
    },
    {
      name: 'a section past the end of the Children Act, and one cited through a defined term',
      text: section(FOUND, 'The Children Act 1989 (the Act) sets out the duties.', 'The Council must make enquiries (section 147 of the Children Act 1989) and assess needs under section 117 of the Act.'),
      findings: [
        { line: 5, column: 45, endLine: 5, endColumn: 48, message: 'There is no section 147 in the Children Act 1989.' },
        { line: 5, column: 106, endLine: 5, endColumn: 109, message: 'There is no section 117 in the Children Act 1989.' },
      ],
      output: null,
    },
    {
      name: 'sections and schedules past the end of Acts other than the Local Government Act 1974',
      text: section(FOUND, 'The Council may charge (section 214 of the Care Act 2014) and must assess resources (Care Act 2014, section 17).', 'Reviews (Housing Act 1996, section 234) and appeals (Education Act 1996, Schedule 41, paragraph 2).', 'Registration (Health and Social Care Act 2008, section 174).'),
      findings: [
        { line: 3, column: 36, endLine: 3, endColumn: 39, message: 'There is no section 214 in the Care Act 2014.' },
        { line: 5, column: 39, endLine: 5, endColumn: 42, message: 'There is no section 234 in the Housing Act 1996.' },
        { line: 5, column: 86, endLine: 5, endColumn: 88, message: 'There is no Schedule 41 to the Education Act 1996.' },
        { line: 7, column: 59, endLine: 7, endColumn: 62, message: 'There is no section 174 in the Health and Social Care Act 2008.' },
      ],
      output: null,
    },
    {
      name: 'a schedule past the last of the Act',
      text: section(FOUND, 'Exclusions (Local Government Act 1974, Schedule 9, paragraph 1).'),
      findings: [{ line: 3, column: 52, endLine: 3, endColumn: 53, message: 'There is no Schedule 9 to the Local Government Act 1974.' }],
      output: null,
    },
  ],
});
