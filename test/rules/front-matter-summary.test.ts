import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, cut, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

ruleTests('front-matter-summary', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a Summary that starts on the line after its label', text: swap(CONTINUOUS_DRAFT, 'Summary: Mr B', 'Summary:\nMr B') },
    { name: 'a Summary that runs on over two lines', text: swap(CONTINUOUS_DRAFT, ' We found fault', '\nWe found fault') },
  ],
  invalid: [
    {
      name: 'a statement with no Summary, at its final-decision marker',
      text: cut(CONTINUOUS_DRAFT, 'Summary:', 'The complaint'),
      findings: [{ line: 9, column: 1, endLine: 9, endColumn: 32, message: 'The front matter has no "Summary:" paragraph.' }],
      output: null,
    },
    {
      name: 'a statement with neither Summary nor marker, at its title',
      text: crlf(cut(CLOSED_DRAFT, "The Ombudsman's final decision:", 'The complaint')),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 40, message: 'The front matter has no "Summary:" paragraph.' }],
      output: null,
    },
    {
      name: 'a Summary label with nothing after it yet',
      text: cut(CONTINUOUS_DRAFT, 'Mr B complained the Council charged', 'The complaint').replace('Summary: ', 'Summary:\n\n'),
      findings: [{ line: 11, column: 1, endLine: 11, endColumn: 9, message: 'The Summary is empty: say what the complaint was about' }],
      output: null,
    },
  ],
});
