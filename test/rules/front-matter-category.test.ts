import { OTHER_SITE_COPY, CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const CATEGORY = 'Category : Adult care services > Charging';

/** The continuous draft with its Category line retyped. */
function categorised(line: string): string {
  return swap(CONTINUOUS_DRAFT, CATEGORY, line);
}

ruleTests('front-matter-category', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a copy from another site with no Category line and no final-decision line, which the house tolerates', text: OTHER_SITE_COPY },
    { name: 'a curly apostrophe in "Children’s care services", as Word types it', text: categorised('Category : Children’s care services > Child protection') },
    { name: 'the website\'s own spelling of "Transition from childrens services"', text: categorised('Category : Adult care services > Transition from childrens services') },
    { name: '"Other Categories" with a capital C, as the website prints it', text: categorised('Category : Other Categories > Councillor conduct and standards') },
  ],
  invalid: [
    {
      name: 'a statement with no Category line',
      text: swap(CONTINUOUS_DRAFT, `${CATEGORY}\n\n`, ''),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 39, message: 'The front matter has no "Category : <Category> > <Subcategory>" line.' }],
      output: null,
    },
    {
      name: 'a category and subcategory joined by a dash',
      text: categorised('Category : Adult care services - Charging'),
      findings: [{ line: 3, column: 12, endLine: 3, endColumn: 42, message: 'The category "Adult care services - Charging" should be "<Category> > <Subcategory>".' }],
      output: null,
    },
    {
      name: 'a category in title case',
      text: categorised('Category : Adult Care Services > Charging'),
      findings: [{ line: 3, column: 12, endLine: 3, endColumn: 31, message: 'The category "Adult Care Services" looks like "Adult care services".' }],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: '"Childrens" without its apostrophe, in a draft with CRLF line ends',
      text: crlf(categorised('Category : Childrens care services > Fostering')),
      findings: [{ line: 3, column: 12, endLine: 3, endColumn: 35, message: 'looks like "Children\'s care services"' }],
      output: crlf(categorised("Category : Children's care services > Fostering")),
    },
    {
      name: 'a category the house does not use',
      text: categorised('Category : Social care > Charging'),
      findings: [{ line: 3, column: 12, endLine: 3, endColumn: 23, message: '"Social care" is not a category the house uses (Adult care services; Benefits and tax;' }],
      output: null,
    },
    {
      name: 'a Category line left empty',
      text: categorised('Category :'),
      findings: [{ line: 3, column: 1, endLine: 3, endColumn: 11, message: 'The Category line is empty: write "<Category> > <Subcategory>".' }],
      output: null,
    },
    {
      name: 'a half-typed category with no subcategory after its ">"',
      text: categorised('Category : Housing >'),
      findings: [{ line: 3, column: 12, endLine: 3, endColumn: 21, message: 'The category "Housing >" should be "<Category> > <Subcategory>".' }],
      output: null,
    },
  ],
});
