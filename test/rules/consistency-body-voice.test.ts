import { CONTINUOUS_DRAFT, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const ANALYSIS = '11. The Council did not check';
const FINAL = '15. I have completed my investigation.';

ruleTests('consistency-body-voice', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'how the Ombudsman works, in the analysis', text: swap(CONTINUOUS_DRAFT, ANALYSIS, '11. Where there is fault we consider whether it caused injustice. The Council did not check') },
    { name: 'a conditional "if we are satisfied" in the final decision', text: swap(CONTINUOUS_DRAFT, FINAL, '15. If we are satisfied the Council has acted, I will close the case.') },
    { name: '"we found" outside the sections that state findings', text: swap(CONTINUOUS_DRAFT, '5. I considered', '5. As we found in an earlier complaint, I considered') },
  ],
  invalid: [
    {
      name: '"we found" and "we consider" in the analysis',
      text: swap(CONTINUOUS_DRAFT, ANALYSIS, '11. We found the Council did not check the invoices, and we consider that was fault. The Council did not check'),
      findings: [
        { line: 47, column: 5, endLine: 47, endColumn: 13, message: '"We found" speaks as "we"' },
        { line: 47, column: 58, endLine: 47, endColumn: 69, message: '"we consider"' },
      ],
      output: null,
    },
    {
      name: '"we are satisfied" and "we have decided" in the final decision',
      text: swap(CONTINUOUS_DRAFT, FINAL, '15. We are satisfied the Council was at fault, and we have decided to complete the investigation.'),
      findings: [{ line: 62, column: 5 }, { line: 62, column: 52 }],
      output: null,
    },
  ],
});
