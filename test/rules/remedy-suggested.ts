import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../server/src/core/index';
import { onlyRule } from '../helpers/rule-tester';

/**
 * The text after applying the first suggestion of the rule's only finding. The rule tables check
 * `--fix`; suggestions are never applied by it, so their effect is checked here.
 */
export function suggested(ruleId: string, text: string): string {
  const [finding, ...rest] = lint(text, onlyRule(ruleId, { name: '', text })).messages;
  assert.ok(finding?.suggestions?.[0], 'expected a finding with a suggestion');
  assert.equal(rest.length, 0);
  return applyFixes(text, [finding.suggestions[0].fix]).output;
}
