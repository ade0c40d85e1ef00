import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, modelOf, remediesOf, type Span } from '../../server/src/core/index';
import { CONTINUOUS_DRAFT, PART_INVESTIGATED_DRAFT, WEB_COPY } from '../helpers/drafts';
import { amountsIn } from '../../server/src/core/remedies/amounts';
import { onlyRule } from '../helpers/rule-tester';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const CORPUS = resolve(process.env.DECISION_LINT_CORPUS ?? join(import.meta.dirname, '../../../shared/decisions'));
const read = (dir: string, suffix: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => readFileSync(join(dir, f), 'utf8')) : []);
const TEXTS = [CONTINUOUS_DRAFT, WEB_COPY, PART_INVESTIGATED_DRAFT, ...read(EXAMPLES, '.decision.txt'), ...read(CORPUS, '.txt')];

const REMEDY_RULES = ['remedy-deadline', 'remedy-amount', 'remedy-evidence'];
const config = onlyRule(REMEDY_RULES[0]!, { name: '', text: '', alsoOn: REMEDY_RULES.slice(1) });

/** A seeded generator, so that a failure can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Fragments that start or break the forms the remedy parser reads. */
const FRAGMENTS = ['£', '£1', '£1000', ',', '.', '.5', ':', '\n', '\n    a) ', '\n\u2022 ', 'within ', 'within one ', 'working ', 'of the ', 'as soon as', ' pounds', 'five hundred', '(', ')', '\nAgreed action\n', '\nRecommendations\n', '\r\n', 'by 30 June ', 'evidence'];

function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const choice = next();
  if (choice < 0.45) return text.slice(0, at) + FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]! + text.slice(at);
  if (choice < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
  return text.slice(0, at) + text.slice(Math.max(0, at - 30), at) + text.slice(at);
}

function assertInside(text: string, span: Span | undefined, what: string): void {
  if (span === undefined) return;
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${span.start}-${span.end} is outside 0-${text.length}`);
}

/** Parses and lints the text, and checks that every range the remedy code gives lies inside it. */
function check(text: string): void {
  for (const r of remediesOf(modelOf(text)).remedies) {
    for (const [what, span] of [['span', r.span], ['first line', r.firstLine], ['action sentence', r.actionSentence], ['deadline', r.deadline?.span], ['lead-in', r.lead?.span]] as const) assertInside(text, span, what);
    r.amounts.forEach((a) => assertInside(text, a.span, 'amount'));
    r.vague.forEach((v) => assertInside(text, v.span, 'vague words'));
  }
  for (const m of lint(text, config).messages) {
    assertInside(text, m.span, m.ruleId);
    const edits = [...(m.fix?.edits ?? []), ...(m.suggestions ?? []).flatMap((s) => s.fix.edits)];
    edits.forEach((e) => assertInside(text, { start: e.range[0], end: e.range[1] }, `${m.ruleId} edit`));
  }
}

test('every truncation of a realistic statement parses, with every range inside the text', () => {
  const next = random(1);
  for (const text of TEXTS) {
    const cuts = new Set<number>();
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) cuts.add(i);
    for (let i = 0; i < 30; i++) cuts.add(Math.floor(next() * text.length));
    for (const at of cuts) check(text.slice(0, at));
  }
});

test('random edits of realistic statements never throw or give a range outside the text', () => {
  const next = random(2024);
  for (const original of TEXTS) {
    let text = original;
    for (let i = 0; i < 80; i++) {
      text = i % 20 === 0 ? original : mutate(text, next);
      check(text);
    }
  }
});

/** One Agreed action paragraph made of a long line of the same few characters. */
function longAction(unit: string, length: number): string {
  const line = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return CONTINUOUS_DRAFT.replace('13. Within three months', `13. ${line} within three months`);
}

test('long lines built to make a parser backtrack are read in linear time', () => {
  for (const unit of ['a.', '1,', '£1', 'one ', 'within ', 'within a ', 'provide the ', 'e.g. ', 'five hundred ', '(1) ', '£ 1,0']) {
    const text = longAction(unit, 100_000);
    const model = modelOf(text);
    const started = performance.now();
    const list = remediesOf(model);
    amountsIn(text, { start: 0, end: text.length });
    const elapsed = performance.now() - started;
    assert.ok(list.remedies.length > 0);
    assert.ok(elapsed < 2000, `"${unit}" repeated to 100,000 characters took ${Math.round(elapsed)} ms`);
  }
});
