import { HOUSE_DRAFTS } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { at, MS_B_DRAFT, withSentence } from './pseudonym-cases';

const MRS = withSentence('Mrs B paid the invoices.');
const SON = withSentence('Her son, Mr C, helped her. Mr C rang the Council. Mr B then wrote to it.');
const CHILD = withSentence('Her son, D, lives with her. Mr D rang the Council.');
const SAME_LETTER = withSentence('Her son, B, lives with her.');

ruleTests('pseudonym-drift', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'the complainant as a woman throughout', text: MS_B_DRAFT },
    { name: 'a couple sharing a letter', text: withSentence('Mr and Mrs C, her neighbours, saw the carers. Mrs C said so and Mr C agreed.') },
    { name: 'a child by a bare letter', text: withSentence('Her daughter, D, visited. D saw no carer on those days.') },
    { name: 'letters that are labels, not people', text: withSentence('Schedule B and Part 3A apply; Plan C was agreed with Officer B at School 1.') },
  ],
  invalid: [
    {
      name: 'the complainant given another title of the same sex',
      text: MRS,
      findings: [at(MRS, 'Mrs B', 1, '"Mrs B": the complainant was introduced as "Ms B" (line 15).')],
      output: withSentence('Ms B paid the invoices.'),
    },
    {
      name: 'a son called by the complainant\'s letter',
      text: SON,
      findings: [at(SON, 'Mr B', 1, 'Did you mean "Mr C"?')],
      output: null,
    },
    {
      name: 'a child given a title',
      text: CHILD,
      findings: [at(CHILD, 'Mr D', 1, 'D is a child')],
      output: null,
    },
    {
      name: 'a child given the complainant\'s letter',
      text: SAME_LETTER,
      findings: [{ ...at(SAME_LETTER, 'son, B', 1, 'Child "B" has the letter of Ms B'), column: at(SAME_LETTER, 'son, B').column + 5 }],
      output: null,
    },
  ],
});
