import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInConfig, type AnyRule } from '../../server/src/core/index';
import { lintText } from '../../server/src/core/engine/lint';
import { defineRule } from '../../server/src/core/engine/rule';
import { lgscoProfile } from '../../server/src/core/profile/compile';
import { CONTINUOUS_DRAFT } from '../helpers/drafts';

/** A rule that reports the draft's first heading, "The complaint", whatever else it finds. */
function reportingHeading(id: string): AnyRule {
  return defineRule({
    meta: { id, description: 'Reports the first heading, to stand for two rules finding one span.', defaultSeverity: 'warning', fixable: false },
    check({ model, report }) {
      const heading = model.sections[0]!.heading;
      report({ message: `${id} saw the heading`, span: heading.span });
    },
  }) as AnyRule;
}

test('findings on one span come in the order of their rule ids by code unit, whatever the locale would say', () => {
  // By locale, "test-a" sorts before "test-Z"; by code unit, the capital comes first, on every machine.
  const rules = ['test-a', 'test-Z', 'test-b'].map(reportingHeading);
  const ids = lintText(CONTINUOUS_DRAFT, { config: builtInConfig(), rules, profile: lgscoProfile() }).messages.map((m) => m.ruleId);
  assert.deepEqual(ids, ['test-Z', 'test-a', 'test-b']);
});
