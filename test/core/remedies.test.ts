import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isoDate, modelOf, remediesOf, remedyAt, type Remedy } from '../../server/src/core/index';
import { PhraseTable } from '../../server/src/core/remedies/phrases';
import { CONTINUOUS_DRAFT, swap } from '../helpers/drafts';
import { dedent } from '../helpers/dedent';

/** The continuous draft with its Agreed action (lines 51 to 58) replaced. */
function withActions(actions: string): string {
  const start = CONTINUOUS_DRAFT.indexOf('12. Within one month');
  const end = CONTINUOUS_DRAFT.indexOf('Final decision\n');
  return CONTINUOUS_DRAFT.slice(0, start) + dedent(actions) + '\n' + CONTINUOUS_DRAFT.slice(end);
}

function remedies(text: string): Remedy[] {
  return remediesOf(modelOf(text)).remedies;
}

/** What a reviewer reads off each action: kind, amounts in pence, deadline words and due date. */
function summary(list: readonly Remedy[]) {
  return list.map((r) => ({ kind: r.kind, pence: r.amounts.map((a) => a.pence), deadline: r.deadline?.text ?? null, due: r.due ? isoDate(r.due) : null }));
}

test('a lead-in gives its deadline to every item listed under it, and the due date counts from the decision date', () => {
  assert.deepEqual(summary(remedies(CONTINUOUS_DRAFT)), [
    { kind: 'apology', pence: [], deadline: 'Within one month of the final decision', due: '2024-04-14' },
    { kind: 'payment', pence: [], deadline: 'Within one month of the final decision', due: '2024-04-14' },
    { kind: 'payment', pence: [15000], deadline: 'Within one month of the final decision', due: '2024-04-14' },
    { kind: 'training', pence: [], deadline: 'Within three months of the final decision', due: '2024-06-14' },
    { kind: 'evidence', pence: [], deadline: null, due: null },
  ]);
  const [apology] = remedies(CONTINUOUS_DRAFT);
  assert.equal(apology!.deadlineSource, 'lead-in');
  assert.equal(apology!.text, 'apologise to Mr B for charging him for visits that were not made;');
  assert.equal(CONTINUOUS_DRAFT.slice(apology!.span.start, apology!.span.end), 'a) apologise to Mr B for charging him for visits that were not made;');
});

test('an item that names a remedy and lists the ways to do it under it is one action, its amounts included', () => {
  const text = withActions(`
    12. Within one month of the final decision, the Council has agreed to:

       a) apologise to Mr B for charging him for visits that were not made;
       b) pay Mr B £500, which it may do by:
          i. bank transfer; or
          ii. cheque.

    13. The Council should provide us with evidence it has complied with the above actions.
  `);
  assert.deepEqual(summary(remedies(text)), [
    { kind: 'apology', pence: [], deadline: 'Within one month of the final decision', due: '2024-04-14' },
    { kind: 'payment', pence: [50000], deadline: 'Within one month of the final decision', due: '2024-04-14' },
    { kind: 'evidence', pence: [], deadline: null, due: null },
  ]);
});

test('the kinds of remedy are read from the words of each action', () => {
  const text = withActions(`
    12. Within two months of the final decision, the Council has agreed to:
        a) amend its records to remove the note that Mr B refused visits;
        b) review its charging policy so that invoices are checked against visit logs;
        c) train its charging team in the new checks;
        d) reassess Mr B's needs;
        e) audit the invoices of other people who use the same provider;
        f) arrange a meeting with Mr B to explain the new charges; and
        g) refund £1,204.50 to Mr B and apologise to him.
  `);
  assert.deepEqual(remedies(text).map((r) => r.kinds), [
    ['record-correction'], ['policy', 'review', 'payment'], ['training'], ['reassessment'], ['review', 'payment'], ['other'], ['payment', 'apology'],
  ]);
  assert.deepEqual(remedies(text)[6]!.amounts.map((a) => [a.text, a.pence]), [['£1,204.50', 120450]]);
});

test('an action can carry its deadline in a following sentence of its paragraph', () => {
  const text = withActions(`
    12. The Council will apologise to Mr B and pay him £1,000. It should do so within four weeks of the final decision.
  `);
  const [action] = remedies(text);
  assert.equal(action!.deadline?.text, 'within four weeks of the final decision');
  assert.equal(action!.deadlineSource, 'own');
  assert.deepEqual(action!.deadline?.term, { kind: 'period', quantity: 4, unit: 'week', anchor: { kind: 'final-decision', stated: true }, calendar: 'england-and-wales' });
  assert.equal(isoDate(action!.due!), '2024-04-11');
});

test('a paragraph with a deadline and no kind of remedy that does not point back is an action of its own', () => {
  const text = withActions(`
    12. The Council has agreed to apologise to Mr B.

    13. The Council should make sure that its officers answer letters within three months of the final decision.
  `);
  assert.deepEqual(summary(remedies(text)), [
    { kind: 'apology', pence: [], deadline: null, due: null },
    { kind: 'other', pence: [], deadline: 'within three months of the final decision', due: '2024-06-14' },
  ]);
});

test('a paragraph that only sets a deadline covers the action before it; "these actions" covers all before it', () => {
  const one = withActions(`
    12. The Council has agreed to pay Mr B £150.

    13. The Council should take this action within one month of the final decision on this complaint.
  `);
  assert.deepEqual(summary(remedies(one)), [{ kind: 'payment', pence: [15000], deadline: 'within one month of the final decision on this complaint', due: '2024-04-14' }]);
  assert.equal(remedies(one)[0]!.deadlineSource, 'later-paragraph');
  const all = withActions(`
    12. The Council will apologise to Mr B.

    13. The Council will pay Mr B £150.

    14. The Council should take these actions within 20 working days of the final decision.
  `);
  // Twenty working days from Thursday 14 March 2024 skip Good Friday and Easter Monday.
  assert.deepEqual(remedies(all).map((r) => r.due && isoDate(r.due)), ['2024-04-15', '2024-04-15']);
});

test('deadlines run from the final decision when no event is named, and from another event when one is', () => {
  const text = withActions(`
    12. The Council has agreed to:
        a) complete a stage two investigation within a maximum of 65 days from the date of the final decision;
        b) hold a review panel within 30 working days of the date of request;
        c) remind staff within a fortnight;
        d) reconsider Mr B's application by 30 June 2024; and
        e) complete the complaints procedure within the statutory timescales.
  `);
  const terms = remedies(text).map((r) => r.deadline?.term);
  assert.deepEqual(terms, [
    { kind: 'period', quantity: 65, unit: 'day', anchor: { kind: 'final-decision', stated: true }, calendar: 'england-and-wales' },
    { kind: 'period', quantity: 30, unit: 'working-day', anchor: { kind: 'event', text: 'the date of request' }, calendar: 'england-and-wales' },
    { kind: 'period', quantity: 2, unit: 'week', anchor: { kind: 'final-decision', stated: false }, calendar: 'england-and-wales' },
    { kind: 'date', date: { year: 2024, month: 6, day: 30 } },
    { kind: 'statutory' },
  ]);
  assert.deepEqual(remedies(text).map((r) => r.due && isoDate(r.due)), ['2024-05-18', undefined, '2024-03-28', '2024-06-30', undefined]);
});

test('an item with its own deadline keeps it over the lead-in\'s, and vague words are kept for the rules', () => {
  const text = withActions(`
    12. Within one month of the final decision, the Council has agreed to:
        a) apologise to Mr B as soon as possible; and
        b) within three months of the final decision, review its charging procedure.
  `);
  const [apology, review] = remedies(text);
  assert.deepEqual(apology!.vague.map((v) => v.text), ['as soon as possible']);
  assert.equal(apology!.deadline?.text, 'Within one month of the final decision');
  assert.equal(review!.deadline?.text, 'within three months of the final decision');
  assert.equal(review!.kind, 'policy');
});

test('a recommended-action heading is read like Agreed action', () => {
  const text = swap(CONTINUOUS_DRAFT, '\nAgreed action\n', '\nRecommendations\n');
  const list = remediesOf(modelOf(text));
  assert.deepEqual(list.sections.map((s) => [s.kind, s.heading.text, s.remedies.length]), [['recommended', 'Recommendations', 5]]);
});

test('with no decision date the deadlines are read but no due date is given', () => {
  const text = swap(CONTINUOUS_DRAFT, 'Decision date : 14 Mar 2024\n\n', '');
  const list = remediesOf(modelOf(text));
  assert.equal(list.decisionDate, undefined);
  assert.ok(list.remedies.every((r) => r.due === undefined));
  assert.equal(list.remedies[0]!.deadline?.text, 'Within one month of the final decision');
});

test('the action under an offset is found for hovers, and none between actions', () => {
  const model = modelOf(CONTINUOUS_DRAFT);
  assert.equal(remedyAt(model, CONTINUOUS_DRAFT.indexOf('£150 for his time'))?.kind, 'payment');
  assert.equal(remedyAt(model, CONTINUOUS_DRAFT.indexOf('Agreed action')), undefined);
});

test('a phrase of the vocabulary must start with a word the table can file it under', () => {
  assert.doesNotThrow(() => new PhraseTable([['re-assess*', 'reassessment'], ['by', 'date']]));
  assert.throws(() => new PhraseTable([['re* the', 'reassessment']]), /cannot start a phrase/);
  assert.throws(() => new PhraseTable([['~ evidence', 'evidence']]), /cannot start a phrase/);
});

test('the remedies are worked out once per model', () => {
  const model = modelOf(CONTINUOUS_DRAFT);
  assert.equal(remediesOf(model), remediesOf(model));
});

const CORPUS = resolve(process.env.DECISION_LINT_CORPUS ?? join(import.meta.dirname, '../../../shared/decisions'));

function published(name: string): string | undefined {
  const path = join(CORPUS, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

test('the published decisions\' remedies are read as the Ombudsman wrote them', (t) => {
  const bromley = published('bromley-20006390.txt');
  const lambeth = published('lambeth-21003279.txt');
  const lewisham = published('lewisham-23020345.txt');
  if (!bromley || !lambeth || !lewisham) return t.skip(`the published decisions are not in ${CORPUS}`);
  assert.deepEqual(summary(remedies(bromley)), [{ kind: 'apology', pence: [100000], deadline: 'within a month of the final decision', due: '2021-06-26' }]);
  assert.deepEqual(summary(remedies(lambeth)), [{ kind: 'payment', pence: [50000], deadline: 'within one month of the final decision on this complaint', due: '2022-04-08' }]);
  assert.deepEqual(summary(remedies(lewisham)), [
    { kind: 'apology', pence: [], deadline: 'within one month of the final decision', due: '2024-10-02' },
    { kind: 'payment', pence: [20000], deadline: 'within one month of the final decision', due: '2024-10-02' },
    { kind: 'training', pence: [], deadline: 'within one month of the final decision', due: '2024-10-02' },
    { kind: 'reassessment', pence: [], deadline: 'within a maximum of 65 days from the date of the final decision', due: '2024-11-06' },
    { kind: 'reassessment', pence: [], deadline: 'within 30 working days of the date of request', due: null },
    { kind: 'evidence', pence: [], deadline: null, due: null },
  ]);
});
