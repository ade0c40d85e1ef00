import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fix, lint } from '../../server/src/core/index';
import { applyMutation, mutation } from './mutations';
import { HO_DRAFT } from '../helpers/housing-ombudsman';
import { PSOW_DRAFT, SPSO_DRAFT } from '../helpers/other-ombudsmen';

/** Fewer runs than the LGSCO drafts get: these exercise the profile-driven header and remedy wording. */
const RUNS = Math.ceil(Number(process.env.DECISION_LINT_PROPERTY_RUNS ?? 1500) / 5);

/** Another ombudsman's draft, each still chosen by its own header unless a mutation breaks it, then damaged. */
const damagedOtherDraft = fc
  .record({ draft: fc.constantFrom(HO_DRAFT, SPSO_DRAFT, PSOW_DRAFT), mutations: fc.array(mutation, { maxLength: 6 }) })
  .map(({ draft, mutations }) => mutations.reduce(applyMutation, draft));

test('no damaged Housing, Scottish or Welsh draft makes a rule throw, and fixing it twice changes nothing more', () => {
  fc.assert(
    fc.property(damagedOtherDraft, (text) => {
      for (const m of lint(text).messages) {
        assert.notEqual(m.ruleId, 'internal-error', m.message);
        assert.ok(m.span.start >= 0 && m.span.start <= m.span.end && m.span.end <= text.length, `${m.ruleId} span ${m.span.start}-${m.span.end} of ${text.length}`);
      }
      const once = fix(text).output;
      assert.equal(fix(once).output, once);
    }),
    { numRuns: RUNS },
  );
});
