import { HOUSE_DRAFTS } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { dataCase, withSentence } from './personal-data-cases';

ruleTests('personal-data-name', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'titles with letters', text: withSentence("Mr B's neighbour, Mrs C, and Dr D's practice confirmed it.") },
    { name: 'a judge by office', text: withSentence('Mr Justice Cobb said so in a judgment.') },
    { name: 'a couple', text: withSentence('Mr and Mrs C visited him.') },
  ],
  invalid: [
    dataCase('His neighbour Mrs Jones saw the carers leave.', 'Mrs Jones', 'A real name identifies a person'),
    dataCase('Dr Okafor-Smith wrote to the Council.', 'Dr Okafor-Smith', 'A real name'),
    dataCase('Mr\u00a0Patel, his son, rang the Council.', 'Mr\u00a0Patel', 'Replace it with a placeholder such as "[name]"'),
  ],
});
