import { HOUSE_DRAFTS } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { at, MS_B_DRAFT, withSentence } from './pseudonym-cases';

const MRS = withSentence('Mrs B paid the invoices.');
const SON = withSentence('Her son, Mr C, helped her. Mr C rang the Council. Mr B then wrote to it.');
const CHILD = withSentence('Her son, D, lives with her. Mr D rang the Council.');
const SAME_LETTER = withSentence('Her son, B, lives with her.');
const RELATIVE_SAME_LETTER = withSentence('Her mother, Mrs B, lives nearby.');
/** The Final decision of another statement, its complainant left in. */
const CARRIED_OVER = MS_B_DRAFT.replace('which caused Ms B an injustice', 'which caused Mrs K an injustice');

ruleTests('pseudonym-drift', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'the complainant as a woman throughout', text: MS_B_DRAFT },
    { name: 'a couple sharing a letter', text: withSentence('Mr and Mrs C, her neighbours, saw the carers. Mrs C said so and Mr C agreed.') },
    { name: 'a couple who complain, in a half-typed draft with a Final decision', text: 'The complaint\n\n1. Mr and Mrs Y complain.\n\nFinal decision\n\n2. I have completed my investigation.\n' },
    {
      name: 'a couple who are the complainants, named together throughout',
      text: MS_B_DRAFT.replace('The complainant, whom I shall refer to as Ms B, complains', 'The complainants, whom I shall refer to as Mr and Mrs B, complain').replaceAll('Ms B', 'Mr and Mrs B'),
    },
    { name: 'a child by a bare letter', text: withSentence('Her daughter, D, visited. D saw no carer on those days.') },
    { name: 'letters that are labels, not people', text: withSentence('Schedule B and Part 3A apply; Plan C was agreed with Officer B at School 1.') },
    {
      name: 'a person met in the body named again in the Final decision',
      text: withSentence('Her neighbour, Mr C, saw the carers.', MS_B_DRAFT.replace('which caused Ms B an injustice', 'which caused Ms B and Mr C an injustice')),
    },
  ],
  invalid: [
    {
      name: 'a person named only in the Final decision, left from another statement',
      text: CARRIED_OVER,
      findings: [at(CARRIED_OVER, 'Mrs K', 1, '"Mrs K" is named only in the Final decision. Did you mean the complainant, "Ms B"?')],
      output: null,
    },
    {
      name: 'the complainant given another title of the same sex',
      text: MRS,
      findings: [at(MRS, 'Mrs B', 1, '"Mrs B": the complainant was introduced as "Ms B" (line 15).')],
      output: withSentence('Ms B paid the invoices.'),
    },
    {
      name: 'the complainant\'s mother given her letter with another title: reported, but not fixed, as she is someone else',
      text: RELATIVE_SAME_LETTER,
      findings: [at(RELATIVE_SAME_LETTER, 'Mrs B', 1, '"Mrs B": the complainant was introduced as "Ms B" (line 15).')],
      output: null,
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
