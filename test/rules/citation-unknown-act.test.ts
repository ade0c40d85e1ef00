import { HOUSE_DRAFTS } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { section } from '../helpers/sections';


const FOUND = 'What I found';

ruleTests('citation-unknown-act', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'Acts the catalogue has, by title and by abbreviation', text: section(FOUND, 'The Council must meet her eligible needs (Care Act 2014, section 18) and act in her best interests (MCA 2005, section 4).') },
    { name: 'an Act named with the wrong year, which citation-wrong-year reports', text: section(FOUND, 'Late complaints are covered by the Local Government Act 1972, section 26B.') },
  ],
  invalid: [
    {
      name: 'an Act the catalogue lacks, reported once however often it is cited',
      text: section(FOUND, 'The Council has a general power of competence (Localism Act 2011, section 1).', 'The Localism Act 2011 also changed council housing.'),
      findings: [{ line: 3, column: 51, endLine: 3, endColumn: 68, message: 'The Localism Act 2011 is not in the statute catalogue, so its citations are not checked; add it under "statutes" in the config.' }],
      output: null,
    },
    {
      name: 'an Act of another year with a section the known year does not describe, and a Welsh Act',
      text: section(FOUND, 'The Council delegated the decision (Local Government Act 1972, section 101).', 'The duty comes from section 66 of the Housing (Wales) Act 2014.'),
      findings: [
        { line: 3, column: 40, endLine: 3, endColumn: 65, message: 'The Local Government Act 1972 is not in the statute catalogue' },
        { line: 5, column: 42, endLine: 5, endColumn: 66, message: 'The Housing (Wales) Act 2014 is not in the statute catalogue' },
      ],
      output: null,
    },
  ],
});
