import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, fix, lint, type Fix } from '../../server/src/core/index';
import { damagedDraft } from './mutations';

/** A few thousand cases in CI; `npm run test:property` runs 100,000. */
const RUNS = Number(process.env.DECISION_LINT_PROPERTY_RUNS ?? 1500);

test('no draft, however damaged, makes the parser or a rule throw, and every range lies inside the text', () => {
  fc.assert(
    fc.property(damagedDraft, (text) => {
      const { messages } = lint(text);
      for (const m of messages) {
        assert.notEqual(m.ruleId, 'internal-error', m.message);
        assert.ok(m.span.start >= 0 && m.span.start <= m.span.end && m.span.end <= text.length, `${m.ruleId} span ${m.span.start}-${m.span.end} of ${text.length}`);
        for (const f of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
          for (const e of f?.edits ?? []) assert.ok(e.range[0] >= 0 && e.range[0] <= e.range[1] && e.range[1] <= text.length, `${m.ruleId} edit out of range`);
        }
      }
    }),
    { numRuns: RUNS },
  );
});

test('every fix applies cleanly and changes nothing outside its own ranges', () => {
  fc.assert(
    fc.property(damagedDraft, (text) => {
      const fixes: Fix[] = lint(text).messages.flatMap((m) => (m.fix ? [m.fix] : []));
      const { output, edits } = applyFixes(text, fixes);
      // Undo each edit in the output, from the last: what remains must be the input byte for byte.
      let rebuilt = output;
      let delta = edits.reduce((sum, e) => sum + e.text.length - (e.range[1] - e.range[0]), 0);
      for (const e of [...edits].reverse()) {
        delta -= e.text.length - (e.range[1] - e.range[0]);
        const start = e.range[0] + delta;
        assert.equal(rebuilt.slice(start, start + e.text.length), e.text);
        rebuilt = rebuilt.slice(0, start) + text.slice(e.range[0], e.range[1]) + rebuilt.slice(start + e.text.length);
      }
      assert.equal(rebuilt, text);
    }),
    { numRuns: Math.ceil(RUNS / 3) },
  );
});

test('fixing twice gives the same text as fixing once', () => {
  fc.assert(
    fc.property(damagedDraft, (text) => {
      const once = fix(text).output;
      assert.equal(fix(once).output, once);
    }),
    { numRuns: Math.ceil(RUNS / 5) },
  );
});
