import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { suggested } from './remedy-suggested';

const REMIND = '13. Within three months of the final decision, the Council will remind staff in its charging team to check invoices against visit logs.';
const LEAD = '12. Within one month of the final decision, the Council has agreed to:';

/** The draft with paragraph 13 (the reminder to staff, line 56) written another way. */
function remind(paragraph: string): string {
  return swap(CONTINUOUS_DRAFT, REMIND, paragraph);
}

/** The draft with the lead-in of paragraph 12 (line 51) written another way. */
function lead(paragraph: string): string {
  return swap(CONTINUOUS_DRAFT, LEAD, paragraph);
}

const LIST = [
  '    a) apologise to Mr B for charging him for visits that were not made;',
  '    b) refund the charges for the missed visits; and',
  '    c) pay Mr B £150 for his time and trouble.',
].join('\n');

ruleTests('remedy-deadline', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'an action whose deadline is in the next sentence of its paragraph', text: remind('13. The Council will remind staff in its charging team to check invoices against visit logs. It should do so within three months of the final decision.') },
    {
      name: 'a paragraph that only sets the deadline of the action before it, as the Lambeth decision does',
      text: swap(swap(CONTINUOUS_DRAFT, `${LEAD}\n${LIST}`, '12. The Council has agreed to pay Mr B £150 for his time and trouble.'), REMIND, '13. The Council should take this action within one month of the final decision.'),
    },
    { name: 'a deadline counted from another event', text: remind('13. If Mr B asks for a review panel, the Council will hold the panel within 30 working days of the date of request.') },
    { name: 'a deadline given as a date', text: remind('13. The Council will remind staff in its charging team to check invoices against visit logs by 30 June 2024.') },
    { name: 'a deadline set by statute', text: remind('13. The Council will complete a stage two investigation of Mr B\'s complaint within the statutory timescales.') },
    { name: 'a period with no event, which runs from the final decision', text: remind('13. The Council will remind staff in its charging team to check invoices within two weeks.') },
    { name: 'a lead-in deadline in working days', text: lead('12. Within 20 working days of the final decision, the Council has agreed to:') },
    { name: 'what the Council has already done, which is not an action', text: remind('13. The Council has already apologised to Mr B for the delay.') },
    { name: 'what the Council has since done, which is not an action', text: remind('13. The Council has since apologised to Mr B for the delay.') },
    { name: 'what the Council has now done, which is not an action', text: remind('13. The Council has now reviewed its charging policy.') },
    { name: 'a vague word beside a real deadline', text: remind('13. The Council will promptly, and within two months of the final decision, remind staff to check invoices.') },
    { name: 'a list under a paragraph that ends with a colon and holds no list of its own', text: swap(CONTINUOUS_DRAFT, `${LEAD}\n${LIST}`, '12. Within one month of the final decision, the Council has agreed to:\n\n13. apologise to Mr B and pay him £150.') },
  ],
  invalid: [
    {
      name: 'an action of its own after the paragraphs listed under a lead-in that ends with a colon',
      text: swap(CONTINUOUS_DRAFT, `${LEAD}\n${LIST}`, '12. Within one month of the final decision, the Council has agreed to:\n\n13. apologise to Mr B and pay him £150.').replace(REMIND, '14. The Council will remind staff in its charging team to check invoices against visit logs.'),
      findings: [{ line: 55, column: 5, endLine: 55, endColumn: 93, message: 'This action has no deadline' }],
      output: null,
    },
    {
      name: 'an agreement made since, which is still an action to be done',
      text: remind('13. The Council has now agreed to remind staff in its charging team to check invoices.'),
      findings: [{ line: 56, column: 5, message: 'This action has no deadline' }],
      output: null,
    },
    {
      name: 'an action with no deadline at all',
      text: remind('13. The Council will remind staff in its charging team to check invoices against visit logs.'),
      findings: [{ line: 56, column: 5, endLine: 56, endColumn: 93, message: 'This action has no deadline: every action needs one, such as "within one month of the final decision".' }],
      output: null,
    },
    {
      name: 'a list whose lead-in gives no deadline, reported once at the lead-in',
      text: lead('12. The Council has agreed to:'),
      findings: [{ line: 51, column: 5, endLine: 51, endColumn: 31, message: 'None of the actions listed here has a deadline' }],
      output: null,
    },
    {
      name: '"as soon as possible" at the end of an action',
      text: remind('13. The Council will remind staff in its charging team to check invoices against visit logs as soon as possible.'),
      findings: [{ line: 56, column: 93, endLine: 56, endColumn: 112, message: '"as soon as possible" is not a deadline' }],
      output: null,
    },
    {
      name: '"promptly" before the verb',
      text: remind('13. The Council will promptly remind staff in its charging team to check invoices.'),
      findings: [{ line: 56, column: 22, endLine: 56, endColumn: 30, message: '"promptly" is not a deadline' }],
      output: null,
    },
    {
      name: '"In due course" opening a lead-in',
      text: lead('12. In due course, the Council has agreed to:'),
      findings: [{ line: 51, column: 5, endLine: 51, endColumn: 18, message: '"In due course" is not a deadline' }],
      output: null,
    },
    {
      name: 'one item of a list that has no deadline when the others have their own',
      text: swap(CONTINUOUS_DRAFT, `${LEAD}\n${LIST}`, [
        '12. The Council has agreed to:',
        '    a) apologise to Mr B within one month of the final decision;',
        '    b) refund the charges for the missed visits shortly; and',
        '    c) pay Mr B £150 within one month of the final decision.',
      ].join('\n')),
      findings: [{ line: 53, column: 49, endLine: 53, endColumn: 56, message: '"shortly" is not a deadline' }],
      output: null,
    },
    {
      name: 'vague words in an item under a lead-in that has a deadline',
      text: swap(CONTINUOUS_DRAFT, 'b) refund the charges for the missed visits; and', 'b) refund the charges for the missed visits in due course; and'),
      findings: [{ line: 53, column: 49, endLine: 53, endColumn: 62, message: '"in due course" is not a deadline, and reads against the one that applies here ("Within one month of the final decision")' }],
      output: null,
    },
    {
      name: 'vague words in a later sentence of an action that has its own deadline',
      text: remind('13. Within three months of the final decision, the Council will remind staff in its charging team to check invoices. It will also train them as soon as possible.'),
      findings: [{ line: 56, column: 142, message: '"as soon as possible" is not a deadline, and reads against the one that applies here ("Within three months of the final decision")' }],
      output: null,
    },
    {
      name: 'an action under a recommended-action heading',
      text: swap(CONTINUOUS_DRAFT, '\nAgreed action\n', '\nRecommended action\n').replace(REMIND, '13. The Council should remind staff in its charging team to check invoices against visit logs.'),
      findings: [{ line: 56, column: 5, endLine: 56, endColumn: 95, message: 'This action has no deadline' }],
      output: null,
    },
    {
      name: 'an unnumbered action in a draft with CRLF line ends',
      text: crlf(remind('The Council will also apologise to Mr B in writing.')),
      findings: [{ line: 56, column: 1, endLine: 56, endColumn: 52, message: 'This action has no deadline' }],
      output: null,
    },
  ],
});

test('remedy-deadline suggests the house deadline at the end of the action, before its full stop', () => {
  const text = remind('13. The Council will remind staff in its charging team to check invoices against visit logs.');
  assert.equal(suggested('remedy-deadline', text), remind('13. The Council will remind staff in its charging team to check invoices against visit logs within one month of the final decision.'));
});

test('remedy-deadline suggests a deadline for a list item before its "; and"', () => {
  const text = swap(CONTINUOUS_DRAFT, `${LEAD}\n${LIST}`, `12. The Council has agreed to:\n    a) apologise to Mr B within one month of the final decision;\n    b) refund the charges for the missed visits; and\n    c) pay Mr B £150 within one month of the final decision.`);
  assert.match(suggested('remedy-deadline', text), /b\) refund the charges for the missed visits within one month of the final decision; and\n/);
});

test('remedy-deadline suggests opening a lead-in with the house deadline', () => {
  assert.equal(suggested('remedy-deadline', lead('12. The Council has agreed to:')), CONTINUOUS_DRAFT);
});

test('remedy-deadline suggests replacing a vague phrase that ends the action', () => {
  const text = remind('13. The Council will remind staff in its charging team to check invoices against visit logs as soon as possible.');
  assert.equal(suggested('remedy-deadline', text), remind('13. The Council will remind staff in its charging team to check invoices against visit logs within one month of the final decision.'));
});

test('remedy-deadline suggests moving a vague word before the verb to a deadline at the end', () => {
  const text = remind('13. The Council will promptly remind staff in its charging team to check invoices.');
  assert.equal(suggested('remedy-deadline', text), remind('13. The Council will remind staff in its charging team to check invoices within one month of the final decision.'));
});

test('remedy-deadline suggests a capitalised deadline in place of a vague phrase opening a lead-in', () => {
  assert.equal(suggested('remedy-deadline', lead('12. In due course, the Council has agreed to:')), lead('12. Within one month of the final decision, the Council has agreed to:'));
});

test('remedy-deadline suggests removing vague words from an item that its lead-in already gives a deadline', () => {
  const text = swap(CONTINUOUS_DRAFT, 'b) refund the charges for the missed visits; and', 'b) refund the charges for the missed visits in due course; and');
  assert.equal(suggested('remedy-deadline', text), CONTINUOUS_DRAFT);
});
