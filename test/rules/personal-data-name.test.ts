import { HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { dataCase, withSentence } from './personal-data-cases';

/** The web copy with its What happened paragraphs naming the people, as a first draft written from the case file does. */
const NAMED_WEB_COPY = swap(
  swap(WEB_COPY, 'visited the site and wrote', 'Priya Smith-Jones visited the site on 4 May and wrote'),
  'a report on the application.',
  'a report on the application. Ms C’s neighbour, Mrs Sarah Jane Whitfield, and a letter from David O’Brien supported it.',
);

ruleTests('personal-data-name', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'titles with letters', text: withSentence("Mr B's neighbour, Mrs C, and Dr D's practice confirmed it.") },
    { name: 'a judge by office', text: withSentence('Mr Justice Cobb said so in a judgment.') },
    { name: 'a couple', text: withSentence('Mr and Mrs C visited him.') },
    {
      name: 'councils, places, roads, buildings and Acts that begin with a word that can be a name',
      text: withSentence('Tower Hamlets and the care home on Grace Road, by Victoria House and Lee Valley, cited the Children Act 1989.'),
    },
    {
      name: 'schools, colleges, courts, schemes and services',
      text: withSentence('King’s College Hospital, Clare College, the Mark Scheme, Will Writing services and Ashley Primary School wrote to him.'),
    },
    {
      name: 'a name that is part of a longer name, or follows "the" or "St"',
      text: withSentence('The Queen Elizabeth Hospital, the John Radcliffe, John Lewis Partnership, St Mary Abbots and Sarah Jones and Partners replied.'),
    },
    { name: 'charities named after a person', text: withSentence('A Marie Curie nurse and a Leonard Cheshire home were considered.') },
    { name: 'a given name alone, and a pseudonym after a given name', text: withSentence('Sarah, his carer, told Officer X and Mr C.') },
    { name: 'a title typed twice before a pseudonym', text: withSentence('Mrs Mrs C rang the Council, and Mr Mr on the next line was cut.') },
  ],
  invalid: [
    dataCase('His neighbour Mrs Jones saw the carers leave.', 'Mrs Jones', 'A real name identifies a person'),
    dataCase('Dr Okafor-Smith wrote to the Council.', 'Dr Okafor-Smith', 'A real name'),
    dataCase("Her neighbour Mrs O'Neill saw the carers leave.", "Mrs O'Neill", 'A real name'),
    dataCase('Dr McKenzie wrote to the Council.', 'Dr McKenzie', 'A real name'),
    dataCase('Mr D\u2019Souza rang the Council.', 'Mr D\u2019Souza', 'A real name'),
    dataCase('Mr\u00a0Patel, his son, rang the Council.', 'Mr\u00a0Patel', 'Replace it with a pseudonym such as "Mr Y" or a placeholder such as "[name]"'),
    dataCase('Sarah Jones, the care coordinator, agreed.', 'Sarah Jones', 'A real name identifies a person and must not be published: "Sarah Jones". Replace it with a placeholder such as "[name]".'),
    dataCase('He sent a letter from David O’Brien to the Council.', 'David O’Brien', 'A real name'),
    dataCase('Mohammed Khan phoned the Council.', 'Mohammed Khan', 'A real name'),
    dataCase('When Anne-Marie McDonald visited, she saw no carers.', 'Anne-Marie McDonald', 'A real name'),
    dataCase('In June Mrs Sarah Jane Whitfield complained for him.', 'Mrs Sarah Jane Whitfield', 'A real name'),
    dataCase('Sarah Jane Smith rang him.', 'Sarah Jane Smith', 'A real name'),
    dataCase('A title typed twice is not a name, but what follows it is: Mr Mr Patel rang.', 'Mr Patel', 'A real name'),
    {
      name: 'names in a web copy, each at its line and column',
      text: NAMED_WEB_COPY,
      findings: [
        { line: 38, column: 37, endLine: 38, endColumn: 54, message: '"Priya Smith-Jones"' },
        { line: 38, column: 138, endLine: 38, endColumn: 162, message: '"Mrs Sarah Jane Whitfield"' },
        { line: 38, column: 182, endLine: 38, endColumn: 195, message: '"David O’Brien"' },
      ],
      output: null,
    },
  ],
});
