import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/index';
import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, cut, HOUSE_DRAFTS, shiftNumbers, swap, WEB_COPY } from '../helpers/drafts';
import { onlyRule, ruleTests } from '../helpers/rule-tester';

/** The continuous draft with paragraph 10 numbered 11, and so on: numbering-gap reports line 43. */
const WITH_GAP = shiftNumbers(CONTINUOUS_DRAFT, 10, 1);

/** Puts `lines` on lines of their own just above the line that starts with `before`. */
function above(text: string, before: string, ...lines: string[]): string {
  return swap(text, `\n${before}`, `\n${lines.join('\n')}\n${before}`);
}

const NEXT_LINE_GAP = '<!-- decision-lint-disable-next-line numbering-gap -- paragraph 10 was withdrawn after the draft -->';
const ROLE = 'The Ombudsman’s role and powers';
const HOW = 'How I considered this complaint';

ruleTests('directive-unused', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a directive naming only a rule that does not exist, which directive-invalid reports instead', text: above(CONTINUOUS_DRAFT, '10. The Council invoiced', '<!-- decision-lint-disable-next-line numbering-gaps -->') },
    { name: 'a disable-next-line directive that hides the gap on the paragraph below it', alsoOn: ['numbering-gap'], text: above(WITH_GAP, '11. The Council invoiced', NEXT_LINE_GAP) },
    {
      name: 'a disable-next-line directive with a blank line before the paragraph it applies to, in a draft with CRLF line ends',
      alsoOn: ['numbering-gap'],
      text: crlf(above(WITH_GAP, '\n11. The Council invoiced', NEXT_LINE_GAP)),
    },
    {
      name: 'a disable and enable pair round two lines of website text',
      alsoOn: ['web-clutter'],
      text: above(above(WEB_COPY, ROLE, '<!-- decision-lint-disable web-clutter -->', 'Back to top', ''), HOW, 'Back to top', '', '<!-- decision-lint-enable web-clutter -->'),
    },
    {
      name: 'a disable-file directive for a section this kind of statement leaves out',
      alsoOn: ['section-missing'],
      text: `<!-- decision-lint-disable-file section-missing -- an early-resolution letter, not a statement -->\n${cut(CLOSED_DRAFT, "The Ombudsman's role and powers", 'How I considered')}`,
    },
    {
      name: 'a disable directive naming no rule, which hides every rule until its enable',
      alsoOn: ['numbering-gap', 'front-matter-draft-wording'],
      text: above(above(swap(WITH_GAP, '9. In June 2023', '9. My provisional view is that in June 2023'), '9. My provisional', '<!-- decision-lint-disable -->'), 'Analysis', '<!-- decision-lint-enable -->'),
    },
    {
      name: 'a disable-file directive and a disable-next-line directive that both excuse one gap, wherever the file one stands',
      alsoOn: ['numbering-gap'],
      text: `<!-- decision-lint-disable-file numbering-gap -- outline -->\n${above(WITH_GAP, '11. The Council invoiced', NEXT_LINE_GAP)}`,
    },
    {
      name: 'the same two, the file directive at the end',
      alsoOn: ['numbering-gap'],
      text: `${above(WITH_GAP, '11. The Council invoiced', NEXT_LINE_GAP)}<!-- decision-lint-disable-file numbering-gap -- outline -->\n`,
    },
    {
      name: 'two disable-next-line directives stacked above one paragraph',
      alsoOn: ['numbering-gap', 'front-matter-draft-wording'],
      text: above(
        swap(WITH_GAP, '11. The Council invoiced', '11. My provisional view is that the Council invoiced'),
        '11. My provisional',
        NEXT_LINE_GAP,
        '<!-- decision-lint-disable-next-line front-matter-draft-wording -->',
      ),
    },
  ],
  invalid: [
    {
      name: 'a disable-next-line directive one paragraph above the gap, which is still reported',
      alsoOn: ['numbering-gap'],
      text: above(WITH_GAP, '9. In June 2023', NEXT_LINE_GAP),
      findings: [
        { line: 41, column: 1, endLine: 41, endColumn: 101, message: 'Unused directive: no finding of numbering-gap was disabled here.' },
        { ruleId: 'numbering-gap', line: 44, column: 1, endLine: 44, endColumn: 4, message: 'Paragraph 11 follows paragraph 9' },
      ],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a disable-next-line directive that names another rule than the one reporting below it',
      alsoOn: ['numbering-gap', 'numbering-duplicate'],
      text: above(WITH_GAP, '11. The Council invoiced', '<!-- decision-lint-disable-next-line numbering-duplicate -->'),
      findings: [
        { line: 43, column: 1, endLine: 43, endColumn: 61, message: 'no finding of numbering-duplicate was disabled here.' },
        { ruleId: 'numbering-gap', line: 44, column: 1, endLine: 44, endColumn: 4, message: 'Paragraph 11 follows paragraph 9' },
      ],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a disable and enable pair that closes above the gap, removed together',
      alsoOn: ['numbering-gap'],
      text: above(above(WITH_GAP, '8. The Council arranged', '<!-- decision-lint-disable numbering-gap -->'), '9. In June 2023', '<!-- decision-lint-enable numbering-gap -->'),
      findings: [
        { line: 39, column: 1, endLine: 39, endColumn: 45, message: 'no finding of numbering-gap was disabled here.' },
        { ruleId: 'numbering-gap', line: 45, column: 1, endLine: 45, endColumn: 4, message: 'Paragraph 11 follows paragraph 9' },
      ],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'two unused blocks ended by one enable, which goes with them',
      alsoOn: ['numbering-gap', 'numbering-duplicate'],
      text: above(above(CONTINUOUS_DRAFT, '8. The Council arranged', '<!-- decision-lint-disable numbering-duplicate -->', '<!-- decision-lint-disable numbering-gap -->'), '9. In June 2023', '<!-- decision-lint-enable -->'),
      findings: [
        { line: 39, column: 1, message: 'no finding of numbering-duplicate was disabled here.' },
        { line: 40, column: 1, message: 'no finding of numbering-gap was disabled here.' },
      ],
      output: CONTINUOUS_DRAFT,
    },
    {
      name: 'a disable-file directive in a draft with nothing to hide, removed with its CRLF line end',
      alsoOn: ['numbering-gap'],
      text: crlf(`<!-- decision-lint-disable-file numbering-gap -->\n${CONTINUOUS_DRAFT}`),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 50, message: 'no finding of numbering-gap was disabled here.' }],
      output: crlf(CONTINUOUS_DRAFT),
    },
    {
      name: 'a directive naming no rule where no rule reports',
      alsoOn: ['numbering-gap', 'web-clutter'],
      text: above(WEB_COPY, '  1. The officer’s report', '<!-- decision-lint-disable-next-line -->'),
      findings: [{ line: 43, column: 1, endLine: 43, endColumn: 41, message: 'Unused directive: no finding of any rule was disabled here.' }],
      output: WEB_COPY,
    },
  ],
});

/** What is left, as "rule line:column", with the rules named switched on beside directive-unused. */
function remaining(text: string, alsoOn: string[]): string[] {
  return lint(text, onlyRule('directive-unused', { name: 'scope', text, alsoOn })).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`);
}

test('a disable-next-line directive hides the rule it names and leaves another rule on the same line', () => {
  const text = above(swap(WITH_GAP, '11. The Council invoiced', '11. My provisional view is that the Council invoiced'), '11. My provisional', NEXT_LINE_GAP);
  assert.deepEqual(remaining(text, ['numbering-gap', 'front-matter-draft-wording']), ['front-matter-draft-wording 44:8']);
});

test('a disable-next-line directive hides the line below it and not the one after that', () => {
  const text = above(shiftNumbers(WITH_GAP, 12, 1), '11. The Council invoiced', NEXT_LINE_GAP);
  assert.deepEqual(remaining(text, ['numbering-gap']), ['numbering-gap 48:1']);
});

test('a disable directive hides the rule up to its enable and not after it', () => {
  const text = above(above(shiftNumbers(WITH_GAP, 13, 1), '11. The Council invoiced', '<!-- decision-lint-disable numbering-gap -->'), 'Agreed action', '<!-- decision-lint-enable numbering-gap -->');
  assert.deepEqual(remaining(text, ['numbering-gap']), ['numbering-gap 53:1']);
});

test('a disable directive with no enable hides the rule to the end of the statement, and no other rule', () => {
  const text = above(swap(shiftNumbers(WITH_GAP, 13, 1), '\nFinal decision\n', '\nFinal Decision\n'), '11. The Council invoiced', '<!-- decision-lint-disable numbering-gap -->');
  assert.deepEqual(remaining(text, ['numbering-gap', 'section-heading']), ['section-heading 61:1']);
});

test('a disable-file directive hides its rule anywhere in the statement and no other rule', () => {
  const text = `<!-- decision-lint-disable-file numbering-gap -->\n${swap(shiftNumbers(WITH_GAP, 13, 1), '\nFinal decision\n', '\nFinal Decision\n')}`;
  assert.deepEqual(remaining(text, ['numbering-gap', 'section-heading']), ['section-heading 61:1']);
});
