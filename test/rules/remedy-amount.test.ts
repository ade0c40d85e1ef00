import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const PAYMENT = '£150 for his time and trouble.';

/** The draft with the payment of item c (line 54, the amount from column 17) written another way. */
function paid(amount: string): string {
  return swap(CONTINUOUS_DRAFT, PAYMENT, `${amount} for his time and trouble.`);
}

/** The finding on line 54 for the amount as typed, and the text after fixing (the house's £150 unless given). */
function onItem(amount: string, message: string, output: string | null = CONTINUOUS_DRAFT) {
  return { name: `"${amount}"`, text: paid(amount), findings: [{ line: 54, column: 17, endLine: 54, endColumn: 17 + amount.length, message }], output };
}

ruleTests('remedy-amount', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a thousands separator', text: paid('£3,080') },
    { name: 'pence where there are some', text: paid('£142.60') },
    { name: 'a million with separators', text: paid('£1,000,000') },
    { name: 'figures with the words after them in brackets', text: paid('£500 (five hundred pounds)') },
    { name: 'words with the figures after them in brackets', text: paid('five hundred pounds (£500)') },
    { name: 'a sum the house does not write in pounds', text: paid('£2 million') },
    { name: 'pounds with no number', text: paid('thousands of pounds') },
    { name: 'a pound sign with no figures', text: paid('£') },
    { name: 'a sentence ending just after the amount', text: swap(CONTINUOUS_DRAFT, PAYMENT, '£150.') },
    // Rough or partial sums: "£1,000" or "£300" would change what they say.
    { name: 'a rough sum in thousands', text: paid('several thousand pounds') },
    { name: 'a rough sum in hundreds', text: paid('a few hundred pounds') },
    { name: 'a range of sums', text: paid('two or three hundred pounds') },
    { name: 'a range of sums with "between"', text: paid('between two and three hundred pounds') },
    { name: 'a fraction of a thousand', text: paid('one and a half thousand pounds') },
    // Pounds of weight are no sum of money.
    { name: 'a weight lost', text: swap(CONTINUOUS_DRAFT, 'from May 2023.', 'from May 2023. He lost 14 pounds in weight over those months.') },
    { name: 'a weight in stone and pounds', text: swap(CONTINUOUS_DRAFT, 'from May 2023.', 'from May 2023. He weighed eight stone four pounds.') },
    { name: 'a lifting limit', text: swap(CONTINUOUS_DRAFT, 'from May 2023.', 'from May 2023. His lifting limit was twenty pounds.') },
  ],
  invalid: [
    onItem('£1000', 'Write "£1000" as "£1,000": amounts of £1,000 or more take a thousands separator.', paid('£1,000')),
    onItem('£150.00', 'Write "£150.00" as "£150": whole pounds are written without pence.'),
    onItem('£150.5', 'Write "£150.5" as "£150.50": pence take two digits.', paid('£150.50')),
    onItem('£ 150', 'Write "£ 150" as "£150": no space follows the pound sign.'),
    onItem('150 pounds', 'Write "150 pounds" as "£150": amounts are written with the pound sign.'),
    onItem('one hundred and fifty pounds', 'Write "one hundred and fifty pounds" as "£150": amounts are written in figures.'),
    onItem('£1500.00', 'Write "£1500.00" as "£1,500": amounts of £1,000 or more take a thousands separator; whole pounds are written without pence.', paid('£1,500')),
    onItem('ten pounds and fifty pence', 'Write "ten pounds and fifty pence" as "£10.50": amounts are written in figures.', paid('£10.50')),
    onItem('10 pounds 50p', 'Write "10 pounds 50p" as "£10.50": amounts are written with the pound sign.', paid('£10.50')),
    {
      name: 'pounds with a number after them that may be pence',
      text: paid('five pounds fifty'),
      findings: [{ line: 54, column: 17, endLine: 54, endColumn: 28, message: 'Check "five pounds": amounts are written in figures.' }],
      output: null,
    },
    onItem('£15,00', 'Check "£15,00": its thousands separator is in the wrong place.', null),
    onItem('£150.505', 'Check "£150.505": it has more than two digits of pence.', null),
    {
      name: 'an amount in the Summary as well as in Agreed action',
      text: swap(paid('£1000'), 'pay Mr B £150.\n', 'pay Mr B £1000.\n'),
      findings: [
        { line: 11, column: 234, endLine: 11, endColumn: 239, message: 'Write "£1000" as "£1,000"' },
        { line: 54, column: 17, endLine: 54, endColumn: 22, message: 'Write "£1000" as "£1,000"' },
      ],
      output: swap(paid('£1,000'), 'pay Mr B £150.\n', 'pay Mr B £1,000.\n'),
    },
    {
      name: 'an amount without a separator in a draft with CRLF line ends',
      text: crlf(paid('£1000')),
      findings: [{ line: 54, column: 17, endLine: 54, endColumn: 22 }],
      output: crlf(paid('£1,000')),
    },
  ],
});
