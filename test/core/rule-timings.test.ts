import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFromLayers, fix, lint, PARSE_TIMING, RULES, RuleTimings } from '../../server/src/core/index';
import { lintText } from '../../server/src/core/engine/lint';
import { defineRule } from '../../server/src/core/engine/rule';
import { lgscoProfile } from '../../server/src/core/profile/compile';
import type { AnyRule } from '../../server/src/core/index';
import { CONTINUOUS_DRAFT } from '../helpers/drafts';

/** A clock that moves on one millisecond each time it is read: each timed piece of work takes exactly 1 ms. */
function tickingClock(): () => number {
  let now = 0;
  return () => now++;
}

const OFF = ['pseudonym-drift', 'citation-style', 'remedy-deadline'];
const config = configFromLayers([{ source: 'test', config: { rules: Object.fromEntries(OFF.map((id) => [id, 'off'])) } }]);

test('a timed lint charges the parse and each rule that runs once, and no rule that is off', () => {
  const timings = new RuleTimings(tickingClock());
  lint(CONTINUOUS_DRAFT, config, { timings });
  const expected = [PARSE_TIMING, ...RULES.map((r) => r.meta.id).filter((id) => !OFF.includes(id))].sort();
  assert.deepEqual(timings.longestFirst(), expected.map((id) => [id, 1]));
});

test('times add up over lints and merge from another run', () => {
  const timings = new RuleTimings(tickingClock());
  lint(CONTINUOUS_DRAFT, config, { timings });
  lint(CONTINUOUS_DRAFT, config, { timings });
  const other = new RuleTimings(tickingClock());
  lint(CONTINUOUS_DRAFT, config, { timings: other });
  timings.merge(other.toJSON());
  assert.ok(timings.longestFirst().every(([, ms]) => ms === 3));
});

test('fixing times every pass: a draft that needs one fix is linted twice', () => {
  const timings = new RuleTimings(tickingClock());
  const result = fix(CONTINUOUS_DRAFT.replace('Final decision\n', 'Final Decision\n'), config, { timings });
  assert.equal(result.passes, 1);
  assert.deepEqual(new Set(timings.longestFirst().map(([, ms]) => ms)), new Set([2]));
});

test('a rule that throws is still charged for its time, and the rules after it are timed too', () => {
  const throwing = defineRule({
    meta: { id: 'test-throws', description: 'Throws, to stand for a rule with a bug in it.', defaultSeverity: 'error', fixable: false },
    check() {
      throw new Error('broken');
    },
  }) as AnyRule;
  const timings = new RuleTimings(tickingClock());
  const result = lintText(CONTINUOUS_DRAFT, { config, rules: [throwing, ...RULES], profile: lgscoProfile(), timings });
  assert.equal(result.messages[0]?.ruleId, 'internal-error');
  const charged = new Map(timings.longestFirst());
  assert.equal(charged.get('test-throws'), 1);
  assert.equal(charged.get('section-missing'), 1);
});

test('the longest come first, ties in the order of their ids', () => {
  const timings = new RuleTimings(tickingClock());
  timings.add('b-rule', 2);
  timings.add('a-rule', 2);
  timings.add('c-rule', 5);
  timings.add('b-rule', 0.5);
  assert.deepEqual(timings.longestFirst(), [['c-rule', 5], ['b-rule', 2.5], ['a-rule', 2]]);
});
