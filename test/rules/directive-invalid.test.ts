import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

/** The continuous draft with `directive` on a line of its own above paragraph 10. */
function directed(directive: string): string {
  return swap(CONTINUOUS_DRAFT, '\n10. The Council invoiced', `\n${directive}\n10. The Council invoiced`);
}

ruleTests('directive-invalid', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a disable-next-line directive with a reason', text: directed('<!-- decision-lint-disable-next-line numbering-gap -- paragraph 10 was withdrawn -->') },
    { name: 'a disable-next-line directive naming two rules with a comma', text: directed('<!-- decision-lint-disable-next-line numbering-gap, numbering-duplicate -->') },
    { name: 'a directive naming one of the engine\'s own findings', text: `<!-- decision-lint-disable-file internal-error -->\n${CONTINUOUS_DRAFT}` },
    { name: 'a reason that itself contains a double dash', text: directed('<!-- decision-lint-disable-next-line numbering-gap -- agreed with the Assistant Ombudsman -- see the file note -->') },
    {
      name: 'an indented disable and enable pair naming no rule',
      text: swap(WEB_COPY, '  1. The officer’s report', '  <!-- decision-lint-disable -->\n  1. The officer’s report').replace('\nFinal decision\n', '\n  <!-- decision-lint-enable -->\nFinal decision\n'),
    },
  ],
  invalid: [
    {
      name: 'a rule name with a typo in it',
      text: directed('<!-- decision-lint-disable-next-line numbering-gaps -- paragraph 10 was withdrawn -->'),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 86, message: 'Unknown rule "numbering-gaps" in directive.' }],
      output: null,
    },
    {
      name: 'a directive that would disable the directive rules themselves, which no directive can',
      text: directed('<!-- decision-lint-disable-file directive-unused -- template -->'),
      findings: [{ line: 43, column: 1, message: '"directive-unused" cannot be disabled by a directive' }],
      output: null,
    },
    {
      name: 'one unknown rule among known ones',
      text: directed('<!-- decision-lint-disable numbering-gap section-heading-typo numbering-duplicate -->'),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 86, message: 'Unknown rule "section-heading-typo" in directive.' }],
      output: null,
    },
    {
      name: 'a directive whose comment is not closed on its line',
      text: directed('<!-- decision-lint-disable-next-line numbering-gap -- paragraph 10 was withdrawn'),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 81, message: 'This directive is not closed: end it with "-->" on the same line.' }],
      output: null,
    },
    {
      name: 'a directive written after text on the same line, which would otherwise be silently ignored',
      text: swap(CONTINUOUS_DRAFT, '\n10. The Council invoiced', '\n<!-- decision-lint-disable-next-line numbering-gap --> 10. The Council invoiced'),
      findings: [{ line: 43, column: 1, endLine: 43, message: 'A directive must stand on a line of its own' }],
      output: null,
    },
    {
      name: 'a directive written at the end of a paragraph',
      text: swap(CONTINUOUS_DRAFT, '\n10. The Council invoiced', '\n10. <!-- decision-lint-disable numbering-gap --> The Council invoiced'),
      findings: [{ line: 43, column: 1, endLine: 43, message: 'A directive must stand on a line of its own' }],
      output: null,
    },
    {
      name: 'a directive of a kind that does not exist',
      text: directed('<!-- decision-lint-disable-line numbering-gap -->'),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 50, message: 'Unknown directive "decision-lint-disable-line"; use disable-next-line, disable, enable or disable-file.' }],
      output: null,
    },
    {
      name: 'an unclosed indented directive and an unknown rule in a website copy with CRLF line ends',
      text: crlf(
        swap(WEB_COPY, '  1. The officer’s report', '  <!-- decision-lint-disable-next-line numbering-gap\n  1. The officer’s report').replace('\nFinal decision\n', '\n<!-- decision-lint-enable numbering-gap numbering-mode -->\nFinal decision\n'),
      ),
      findings: [
        { line: 43, column: 3, endLine: 43, endColumn: 53, message: 'This directive is not closed' },
        { line: 46, column: 1, endLine: 46, endColumn: 59, message: 'Unknown rule "numbering-mode" in directive.' },
      ],
      output: null,
    },
  ],
});
