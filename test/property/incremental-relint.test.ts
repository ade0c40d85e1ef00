import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { citationsOf, DocumentMemo, lint, peopleOf, type DecisionModel } from '../../server/src/core/index';
import { HOUSE_DRAFTS } from '../helpers/drafts';
import { HOMELESSNESS, SAFEGUARDING } from '../helpers/drafts-with-personal-data';
import { HO_DRAFT } from '../helpers/housing-ombudsman';
import { PSOW_DRAFT, SPSO_DRAFT } from '../helpers/other-ombudsmen';
import { applyMutation, mutation, type Mutation } from './mutations';

const RUNS = Math.ceil(Number(process.env.DECISION_LINT_PROPERTY_RUNS ?? 1500) / 5);

const DRAFTS = [...HOUSE_DRAFTS.map((d) => d.text), HO_DRAFT, SPSO_DRAFT, PSOW_DRAFT, SAFEGUARDING, HOMELESSNESS];

/** What a person types into a draft: words, people, places, a date, a new line, a heading, a paragraph number, a list item, personal data, draft wording. */
const TYPED = ['e', ' ', 'Mr B', 'Miss X', ' her son, C', ' School 1', ' Officer\nB', ' on 3 March 2099', ' Sarah Jones', ' 07700 900456', ' RV4 2DP', 'a.b@example.org', ' 12 Mill Lane', '\n', '\n\n', '\n\nAgreed action\n\n', '\nWhat I found\n', '\n15. ', '12. ', '\n  a) ', '\n\u2022 ', 'Summary: ', 'within one month', ' provisional view', '<!-- decision-lint-disable-next-line -->\n'];

/** One step of an editing session: typing, a damaging change, or another draft pasted over the whole text. */
type Step = { kind: 'type'; at: number; text: string } | { kind: 'mutate'; mutation: Mutation } | { kind: 'paste'; draft: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom(...TYPED) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('mutate' as const), mutation }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), draft: fc.nat({ max: DRAFTS.length - 1 }) }) },
);

function applyStep(text: string, s: Step): string {
  if (s.kind === 'paste') return DRAFTS[s.draft]!;
  if (s.kind === 'mutate') return applyMutation(text, s.mutation);
  const at = s.at % (text.length + 1);
  return text.slice(0, at) + s.text + text.slice(at);
}

/** What a citation says, read through its getters, as a rule or a hover would. */
function citationsIn(model: DecisionModel) {
  return [...citationsOf(model)].map((c) => ({
    span: c.span, binding: c.binding, mention: c.mention, act: c.act?.title, address: c.address,
    groups: c.groups.map((g) => ({ span: g.span, keyword: g.keyword.text, kind: g.keyword.kind, sentenceStart: g.keyword.sentenceStart, provisions: g.provisions.map((p) => p.span) })),
    provisions: c.provisions.map((p) => ({ span: p.span, section: p.section, schedule: p.schedule, paragraph: p.paragraph, path: p.path, address: p.address })),
  }));
}

test('linting edit after edit with what the last lint left (line classes, citation scans, local scans) gives exactly what a fresh lint gives', () => {
  fc.assert(
    fc.property(fc.nat({ max: DRAFTS.length - 1 }), fc.array(step, { minLength: 1, maxLength: 8 }), (first, steps) => {
      const memo = new DocumentMemo();
      let text = DRAFTS[first]!;
      lint(text, undefined, { remembered: memo });
      for (const s of steps) {
        text = applyStep(text, s);
        const remembered = lint(text, undefined, { remembered: memo });
        const fresh = lint(text);
        assert.deepEqual(remembered.messages, fresh.messages);
        assert.deepEqual(citationsIn(remembered.model), citationsIn(fresh.model));
        assert.deepEqual(peopleOf(remembered.model), peopleOf(fresh.model));
        for (const part of ['frontMatter', 'sections', 'paragraphs', 'blocks', 'clutter', 'references', 'numbering', 'outcome'] as const) {
          assert.deepEqual(remembered.model[part], fresh.model[part], part);
        }
      }
    }),
    { numRuns: RUNS },
  );
});

test('a place named across a wrapped line is read again when the line after it changes', () => {
  const text = HOUSE_DRAFTS[0]!.text;
  const at = text.indexOf('\n', text.indexOf('What I found')) + 1;
  const wrapped = `${text.slice(0, at)}The letter went to Officer\nB in March.\n${text.slice(at)}`;
  const memo = new DocumentMemo();
  const entities = (model: DecisionModel) => peopleOf(model).entities.map((e) => e.label);
  assert.ok(entities(lint(wrapped, undefined, { remembered: memo }).model).includes('Officer B'));
  const edited = wrapped.replace('Officer\nB in', 'Officer\nBen in');
  const remembered = lint(edited, undefined, { remembered: memo }).model;
  assert.deepEqual(entities(remembered), entities(lint(edited).model));
  assert.ok(!entities(remembered).includes('Officer B'));
});
