/**
 * A rule that throws, as the editor sees it. The built server runs only the shipped rules and has no
 * way to be handed another (on purpose: nothing outside the process may change what it runs), so this
 * lints in process with the engine's own rule list plus a failing rule, and passes the result through
 * the server's diagnostics conversion.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { builtInConfig, RULES, type AnyRule } from '../../server/src/core/index';
import { lintText } from '../../server/src/core/engine/lint';
import { defineRule } from '../../server/src/core/engine/rule';
import { lgscoProfile } from '../../server/src/core/profile/compile';
import { ruleDocUrl } from '../../server/src/node/package-info';
import type { Analysis } from '../../server/src/server/analyses';
import { diagnosticsOf } from '../../server/src/server/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/server/settings';
import { WITH_FAULTS } from './drafts';

const FAILING = defineRule({
  meta: { id: 'test-throws', description: 'Throws, to stand for a rule with a bug in it.', defaultSeverity: 'error', fixable: false },
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'number')");
  },
}) as AnyRule;

test('a rule that throws is one internal-error diagnostic on the first line, and the other rules still report', () => {
  const config = builtInConfig();
  const uri = 'file:///drafts/draft.decision.txt';
  const result = lintText(WITH_FAULTS, { config, rules: [FAILING, ...RULES], profile: lgscoProfile() });
  const analysis: Analysis = { uri, version: 3, context: { config, settings: DEFAULT_SETTINGS, paragraphs: [] }, result, findings: result.messages };
  const [internal, ...others] = diagnosticsOf(analysis);
  assert.deepEqual(internal, {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: 'decision-lint',
    code: 'internal-error',
    codeDescription: { href: ruleDocUrl('internal-error') },
    message: `Rule "test-throws" failed and was skipped: Cannot read properties of undefined (reading 'number')`,
  });
  assert.deepEqual(others.map((d) => d.code), ['front-matter-date', 'front-matter-status'], "the draft's own two findings");
});
