import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInConfig, resolveConfig, ALL_RULE_METAS, RULES, type AnyRule, type ResolvedConfig } from '../../server/src/core/index';
import { lintText } from '../../server/src/core/engine/lint';
import { defineRule } from '../../server/src/core/engine/rule';
import { lgscoProfile } from '../../server/src/core/profile/compile';
import { CONTINUOUS_DRAFT, shiftNumbers } from '../helpers/drafts';

/** A rule with a bug in it: it throws whatever it is given on every document. */
function throwing(thrown: unknown): AnyRule {
  return defineRule({
    meta: { id: 'test-throws', description: 'Throws, to stand for a rule with a bug in it.', defaultSeverity: 'error', fixable: false },
    check() {
      throw thrown;
    },
  }) as AnyRule;
}

/** The continuous draft with paragraph 10 numbered 11: numbering-gap reports it, nothing else does. */
const WITH_GAP = shiftNumbers(CONTINUOUS_DRAFT, 10, 1);

function findings(text: string, rules: readonly AnyRule[], config: ResolvedConfig = builtInConfig()) {
  return lintText(text, { config, rules, profile: lgscoProfile() }).messages.map((m) => ({
    ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, message: m.message,
  }));
}

const GAP = { ruleId: 'numbering-gap', severity: 'error', line: 43, column: 1, endLine: 43, endColumn: 4, message: 'Paragraph 11 follows paragraph 9: number 10 is missing.' };

test('internal-error reports a rule that throws at the start of the document, and the rules after it still report', () => {
  assert.deepEqual(findings(WITH_GAP, [throwing(new Error('Cannot read properties of undefined')), ...RULES]), [
    { ruleId: 'internal-error', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'Rule "test-throws" failed and was skipped: Cannot read properties of undefined' },
    GAP,
  ]);
});

test('internal-error reports a rule that throws something other than an Error, after the rules before it have reported', () => {
  assert.deepEqual(findings(WITH_GAP, [...RULES, throwing('no sections')]), [
    { ruleId: 'internal-error', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'Rule "test-throws" failed and was skipped: no sections' },
    GAP,
  ]);
});

test('internal-error is silent when the configuration turns it off, and the other findings remain', () => {
  const config = resolveConfig([{ source: 'test', config: { rules: { 'internal-error': 'off' } } }], ALL_RULE_METAS.map((meta) => ({ meta })));
  assert.deepEqual(findings(WITH_GAP, [throwing(new Error('boom')), ...RULES], config), [GAP]);
});

test('internal-error takes the severity the configuration gives it', () => {
  const config = resolveConfig([{ source: 'test', config: { rules: { 'internal-error': 'warning' } } }], ALL_RULE_METAS.map((meta) => ({ meta })));
  assert.equal(findings(CONTINUOUS_DRAFT, [throwing(new Error('boom')), ...RULES], config)[0]?.severity, 'warning');
});

test('internal-error can be disabled for the file by a directive, which then counts as used', () => {
  const text = `<!-- decision-lint-disable-file internal-error -- the rule is being rewritten -->\n${WITH_GAP}`;
  assert.deepEqual(findings(text, [throwing(new Error('boom')), ...RULES]), [{ ...GAP, line: 44, endLine: 44 }]);
});
