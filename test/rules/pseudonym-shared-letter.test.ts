import { HOUSE_DRAFTS } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { at, MS_B_DRAFT, withSentence } from './pseudonym-cases';

const TWO = withSentence('Mr B, her brother, rang. Mr B wrote. Mr B visited. Mr B complained too. Mr B asked again.');

ruleTests('pseudonym-shared-letter', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'one person per letter', text: MS_B_DRAFT },
    { name: 'a slip or two is drift, not a second person', text: withSentence('Mr B paid the invoices.') },
  ],
  invalid: [
    {
      name: 'a second title on the letter, used often',
      text: TWO,
      findings: [{ ...at(TWO, 'Mr B', 1, 'The letter B names both "Ms B" and "Mr B" (5 times)'), endColumn: undefined }],
      output: null,
    },
  ],
});
