import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../server/src/core/index';
import { CONTINUOUS_DRAFT, crlf, cut, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { onlyRule, ruleTests } from '../helpers/rule-tester';

const FINAL = "The Ombudsman's final decision:\n\n";
const SUMMARY = "Summary: Mr B complained the Council charged him for home care visits that were not made. We found fault because the Council did not check its provider's invoices. The Council has agreed to apologise, refund the charges and pay Mr B £150.";
const UNMARKED = swap(CONTINUOUS_DRAFT, FINAL, '');

ruleTests('front-matter-status', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a draft marked as the draft decision', text: swap(CONTINUOUS_DRAFT, FINAL, "The Ombudsman's draft decision:\n\n") },
    { name: 'the marker with a curly apostrophe and no colon', text: swap(CONTINUOUS_DRAFT, FINAL, 'The Ombudsman’s final decision\n\n') },
  ],
  invalid: [
    {
      name: 'a statement with no final or draft marker, at its Summary',
      text: UNMARKED,
      findings: [{ line: 9, column: 1, endLine: 9, endColumn: 239, message: 'Say whether this is the final or the draft decision: "The Ombudsman\'s final decision:" before the Summary.' }],
      output: null,
    },
    {
      name: 'a Summary that starts on the line after its label, across both lines',
      text: swap(UNMARKED, 'Summary: Mr B', 'Summary:\nMr B'),
      findings: [{ line: 9, column: 1, endLine: 10, endColumn: 230, message: 'Say whether this is the final or the draft decision' }],
      output: null,
    },
    {
      name: 'a website copy with neither marker nor Summary, at its title',
      text: crlf(cut(WEB_COPY, "The Ombudsman's final decision:", 'The complaint')),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 38, message: 'Say whether this is the final or the draft decision' }],
      output: null,
    },
  ],
});

function suggestionsFor(text: string) {
  const messages = lint(text, onlyRule('front-matter-status', { name: 'unmarked', text })).messages;
  assert.equal(messages.length, 1);
  return messages[0]!.suggestions ?? [];
}

test('front-matter-status suggests the final or the draft marker, and the final one restores the statement with its CRLF line ends', () => {
  const text = crlf(UNMARKED);
  const suggestions = suggestionsFor(text);
  assert.deepEqual(suggestions.map((s) => s.description), ['Insert "The Ombudsman\'s final decision:"', 'Insert "The Ombudsman\'s draft decision:"']);
  assert.equal(applyFixes(text, [suggestions[0]!.fix]).output, crlf(CONTINUOUS_DRAFT));
  assert.equal(applyFixes(text, [suggestions[1]!.fix]).output, crlf(swap(CONTINUOUS_DRAFT, "Ombudsman's final", "Ombudsman's draft")));
});

test('front-matter-status suggests the marker after the last front-matter line when there is no Summary', () => {
  const text = swap(UNMARKED, `${SUMMARY}\n\n`, '');
  const [final] = suggestionsFor(text);
  assert.equal(applyFixes(text, [final!.fix]).output, swap(CONTINUOUS_DRAFT, `${SUMMARY}\n\n`, ''));
});
