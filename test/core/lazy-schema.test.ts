import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_RULE_METAS, builtInConfig, lint, validateConfigFile } from '../../server/src/core';
import { schemasBuilt } from '../../server/src/core/lazy-schema';
import { CLEAN_DRAFT } from '../cli/helpers';

// Each test file runs in a process of its own, so nothing has built a schema before this file.
test('linting with the built-in settings builds no schema: the shipped data was checked when it was generated', () => {
  const { messages } = lint(CLEAN_DRAFT, builtInConfig());
  assert.deepEqual(messages, []);
  assert.equal(schemasBuilt(), 0);
  // The count can tell: a config file is checked against its schema, which is built then.
  validateConfigFile({ rules: { 'remedy-evidence': ['error', { since: '2024-01-01' }] } }, 'team/.decision-lintrc.json');
  assert.ok(schemasBuilt() > 0);
});

test('each rule\'s options when a config gives none are what its schema makes of no options', () => {
  const withOptions = ALL_RULE_METAS.filter((meta) => meta.options !== undefined);
  assert.deepEqual(withOptions.map((meta) => meta.id).sort(), ['consistency-summary-voice', 'remedy-evidence']);
  for (const meta of withOptions) assert.deepEqual(meta.defaultOptions, meta.options!().parse({}), meta.id);
});
