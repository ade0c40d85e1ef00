import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { onlyRule, ruleTests } from '../helpers/rule-tester';
import { applyFixes, lint } from '../../server/src/core';
import { section } from '../helpers/sections';

const FOUND = 'What I found';
const POWERS = "The Ombudsman's role and powers";
const POWERS_CITATION = '(Local Government Act 1974, section 30(1B) and 34H(i), as amended)';

/** The continuous draft's second powers paragraph (line 23; its year at columns 158 to 162) citing another year. */
function powersYear(year: string): string {
  return swap(CONTINUOUS_DRAFT, POWERS_CITATION, `(Local Government Act ${year}, section 30(1B) and 34H(i), as amended)`);
}


ruleTests('citation-wrong-year', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'an Act the catalogue lacks, whose sections the known year does not describe', text: section(FOUND, 'The Council delegated the decision (Local Government Act 1972, section 101).') },
    { name: 'an Act named without provisions outside the role and powers', text: section(FOUND, 'The Local Government Act 1972 reorganised councils.') },
    { name: 'section 21 of the Housing Act 2004, a real Act with a section of that number as the 1988 Act has', text: section(FOUND, 'The Council made a prohibition order (Housing Act 2004, section 21) for the damp.') },
    { name: 'each year of an Act the catalogue has several of', text: section(FOUND, 'A section 21 notice (Housing Act 1988, section 21) and a review (Housing Act 1996, section 202).') },
    { name: 'the Housing Act 1985, which the catalogue has without sections', text: section(FOUND, 'The tenancy is secure under the Housing Act 1985, section 79.') },
  ],
  invalid: [
    {
      name: 'the role and powers citing the Local Government Act 1972',
      text: powersYear('1972'),
      findings: [{ line: 23, column: 158, endLine: 23, endColumn: 162, message: 'Section 30 and section 34H are in the Local Government Act 1974, not the Local Government Act 1972.' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a year from the future, in a draft with CRLF line ends',
      text: crlf(powersYear('1794')),
      findings: [{ line: 23, column: 158, endLine: 23, endColumn: 162 }],
      output: crlf(CONTINUOUS_DRAFT),
    },
    {
      name: 'a section of the Housing Act 1996 cited with another year',
      text: section(FOUND, 'The Council must complete a review within eight weeks (section 202 of the Housing Act 1998).'),
      findings: [{ line: 3, column: 90, endLine: 3, endColumn: 94, message: 'Section 202 is in the Housing Act 1996, not the Housing Act 1998.' }],
      // Outside the role and powers the year is only suggested: the year named may be an Act the catalogue lacks.
      output: null,
    },
    {
      name: 'an abbreviated section of the Children Act with its digits swapped',
      text: section(FOUND, 'The Council began enquiries under s.47 of the Children Act 1998.'),
      findings: [{ line: 3, column: 63, endLine: 3, endColumn: 67, message: 'Section 47 is in the Children Act 1989, not the Children Act 1998.' }],
      output: null,
    },
    {
      name: 'the Act named without a section in the role and powers',
      text: section(POWERS, 'We can investigate complaints about councils under Part 3 of the Local Government Act 1973.'),
      findings: [{ line: 3, column: 90, endLine: 3, endColumn: 94, message: 'The Ombudsman\'s role and powers cite the Local Government Act 1974, not the Local Government Act 1973.' }],
      output: section(POWERS, 'We can investigate complaints about councils under Part 3 of the Local Government Act 1974.'),
    },
  ],
});

test('citation-wrong-year suggests the year outside the role and powers, where the one named may be an Act the catalogue lacks', () => {
  const text = section(FOUND, 'The Council must complete a review within eight weeks (section 202 of the Housing Act 1998).');
  const [finding] = lint(text, onlyRule('citation-wrong-year', { name: '', text })).messages;
  assert.equal(finding?.fix, undefined);
  assert.deepEqual(finding?.suggestions?.map((s) => [s.description, applyFixes(text, [s.fix]).output]), [['Write 1996', section(FOUND, 'The Council must complete a review within eight weeks (section 202 of the Housing Act 1996).')]]);
});
