import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, modelOf, peopleOf, personalDataIn } from '../../server/src/core/index';
import { withSentence } from '../rules/pseudonym-cases';
import { applyMutation, mutation } from '../property/mutations';

const FAMILY = withSentence('Her son, D, lives with her; Mr and Mrs C are her neighbours. Mrs B rang School 1 and Officer X.');

test('the register names the complainant, the adults, the child and the anonymised places, with their mentions', () => {
  const register = peopleOf(modelOf(FAMILY));
  assert.equal(register.complainant?.title, 'Ms');
  assert.equal(register.complainant?.letter, 'B');
  const summary = register.people.map((p) => `${p.role} ${p.title ?? '-'} ${p.letter}`);
  assert.deepEqual(summary, ['complainant Ms B', 'adult Mr C', 'adult Mrs C', 'child - D']);
  assert.deepEqual(register.entities.map((e) => e.label), ['School 1', 'Officer X']);
  assert.equal(register.drifts.length, 1);
  assert.equal(FAMILY.slice(register.drifts[0]!.mention.span.start, register.drifts[0]!.mention.span.end), 'Mrs B');
  const child = register.people.find((p) => p.role === 'child')!;
  assert.deepEqual(child.mentions.map((m) => FAMILY.slice(m.span.start, m.span.end)), ['D']);
});

test('a titled mention spans its title, any full stop after it and its letter, across a no-break space', () => {
  const text = withSentence('Dr. E wrote to Mrs\u00a0F, and Mrs. F replied to Dr E.');
  const people = peopleOf(modelOf(text)).people.filter((p) => p.letter === 'E' || p.letter === 'F');
  assert.deepEqual(people.map((p) => [p.title, p.mentions.map((m) => text.slice(m.span.start, m.span.end))]), [
    ['Dr', ['Dr. E', 'Dr E']],
    ['Mrs', ['Mrs\u00a0F', 'Mrs. F']],
  ]);
});

test('the register is worked out once per model', () => {
  const model = modelOf(FAMILY);
  assert.equal(peopleOf(model), peopleOf(model));
});

test('the complainant is found from "I call the complainant", "Ms X complains" and the Summary', () => {
  for (const [text, name] of [
    ['The complaint\n\n1. I call the complainant Mr D. He complains about noise.', 'Mr D'],
    ['The complaint\n\n1. I have called the complainant Ms C in this statement.', 'Ms C'],
    ['The complaint\n\n1. Mr Y, her neighbour, is not the complainant.\n\n2. Miss P complains about the Council.', 'Miss P'],
  ] as const) {
    const c = peopleOf(modelOf(text)).complainant;
    assert.equal(c && `${c.title} ${c.letter}`, name, text);
  }
});

test('personal data is read in order and by kind, with spans on the data itself', () => {
  const text = 'Write to jo@example.org or 14 Acacia Avenue, SW1A 1AA; call 07700 900123. NHS 943 476 5919.';
  assert.deepEqual(personalDataIn(text).map((d) => `${d.kind} ${text.slice(d.span.start, d.span.end)}`), [
    'email jo@example.org',
    'address 14 Acacia Avenue',
    'postcode SW1A 1AA',
    'phone 07700 900123',
    'nhs-number 943 476 5919',
  ]);
});

test('a date of birth is found after each way of saying it, and nowhere without one', () => {
  const text = [
    'Her date of birth is 03/04/1950.',
    'Date of birth: 4 May 1961.',
    'Mrs C (DOB 12/11/1947) lives alone.',
    'He gave his D.O.B. 5th June 1939 on the form.',
    'Mr D was born on 1st July 1944.',
    'The Council met on 2 March 2023 and wrote on 14/03/2023.',
  ].join(' ');
  assert.deepEqual(personalDataIn(text).filter((d) => d.kind === 'date-of-birth').map((d) => d.text), [
    '03/04/1950', '4 May 1961', '12/11/1947', '5th June 1939', '1st July 1944',
  ]);
});

const PEOPLE_FRAGMENTS = ['Mr X', 'Mrs\u00a0X', 'son, Y', 'child B', '@', 'a@b.c', 'Mr and Mrs', 'date of birth ', '07700 9', 'SW1A', 'case number ', 'Mrs Jones', 'complainant, whom I shall refer to as '];

test('no damaged draft full of people makes the register or the rules throw, and every span lies inside the text', () => {
  const damaged = fc
    .record({ cuts: fc.array(mutation, { maxLength: 4 }), inserts: fc.array(fc.record({ at: fc.nat(), text: fc.constantFrom(...PEOPLE_FRAGMENTS) }), { maxLength: 6 }) })
    .map(({ cuts, inserts }) => inserts.reduce((t, i) => applyMutation(t, { kind: 'insert', ...i }), cuts.reduce(applyMutation, FAMILY)));
  fc.assert(
    fc.property(damaged, (text) => {
      peopleOf(modelOf(text));
      for (const m of lint(text).messages) {
        if (!m.ruleId.startsWith('pseudonym-') && !m.ruleId.startsWith('personal-data-')) continue;
        assert.ok(m.span.start >= 0 && m.span.start <= m.span.end && m.span.end <= text.length, `${m.ruleId} span out of range`);
        for (const e of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)].flatMap((f) => f?.edits ?? [])) assert.ok(e.range[1] <= text.length);
      }
    }),
    { numRuns: 300 },
  );
});

test('a relative named right after "the complainant" is not taken for the complainant', () => {
  const c = peopleOf(modelOf('The complaint\n\n1. The complainant and her son, Mr Y, say the Council failed them.\n\n2. Mrs X complains the Council did not help.')).complainant;
  assert.equal(c && `${c.title} ${c.letter}`, 'Mrs X');
});
