import { OTHER_SITE_COPY, CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

/** The continuous draft with its Decision line retyped. */
function decided(line: string): string {
  return swap(CONTINUOUS_DRAFT, 'Decision : Upheld', line);
}

ruleTests('front-matter-decision', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a copy from another site with no Decision line and no final-decision line, which the house tolerates', text: OTHER_SITE_COPY },
    { name: 'an outcome with a gloss after a colon, as older statements have', text: decided('Decision : Upheld: fault and injustice') },
    { name: 'a not-upheld outcome with a gloss after a dash', text: swap(WEB_COPY, 'Decision : Not upheld', 'Decision : Not upheld - no fault') },
  ],
  invalid: [
    {
      name: 'a statement with no Decision line, reported at its Category line',
      text: swap(CONTINUOUS_DRAFT, 'Decision : Upheld\n\n', ''),
      findings: [{ line: 3, column: 1, endLine: 3, endColumn: 42, message: 'The front matter has no "Decision : <outcome>" line (Upheld, Not upheld, Closed after initial enquiries).' }],
      output: null,
    },
    {
      name: 'a statement with neither Category nor Decision line, reported at its title',
      text: swap(CONTINUOUS_DRAFT, 'Category : Adult care services > Charging\n\nDecision : Upheld\n\n', ''),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 39, message: 'The front matter has no "Decision : <outcome>" line' }],
      output: null,
    },
    {
      name: 'an outcome in lower case',
      text: decided('Decision : upheld'),
      findings: [{ line: 5, column: 12, endLine: 5, endColumn: 18, message: 'The outcome "upheld" should be written "Upheld".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'an outcome in lower case with a gloss, which the fix keeps',
      text: decided('Decision : upheld: fault and injustice'),
      findings: [{ line: 5, column: 12, endLine: 5, endColumn: 39, message: 'The outcome "upheld" should be written "Upheld".' }],
      output: decided('Decision : Upheld: fault and injustice'),
    },
    {
      name: '"Not Upheld" with a capital U',
      text: swap(WEB_COPY, 'Decision : Not upheld', 'Decision : Not Upheld'),
      findings: [{ line: 5, column: 12, endLine: 5, endColumn: 22, message: 'The outcome "Not Upheld" should be written "Not upheld".' }],
      output: WEB_COPY,
    },
    {
      name: 'a misspelt outcome',
      text: decided('Decision : Uphled'),
      findings: [{ line: 5, column: 12, endLine: 5, endColumn: 18, message: 'should be written "Upheld"' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a misspelt closed outcome in a draft with CRLF line ends',
      text: crlf(swap(CLOSED_DRAFT, 'initial enquiries', 'initial enquires')),
      findings: [{ line: 5, column: 12, endLine: 5, endColumn: 41, message: 'should be written "Closed after initial enquiries"' }],
      output: crlf(CLOSED_DRAFT),
    },
    {
      name: 'an outcome the house does not use',
      text: decided('Decision : Partly upheld'),
      findings: [{ line: 5, column: 12, endLine: 5, endColumn: 25, message: 'The outcome "Partly upheld" is not one of the house outcomes: Upheld, Not upheld, Closed after initial enquiries.' }],
      output: null,
    },
  ],
});
