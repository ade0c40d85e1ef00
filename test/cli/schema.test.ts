import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULE_METAS } from '../../server/src/core';
import { REPO } from './helpers';

const SCHEMA = join(REPO, 'schemas', 'decision-lintrc.schema.json');

describe('the config JSON Schema', () => {
  it('is what the generator writes from the zod schema now (run "npm run schema" when this fails)', () => {
    const check = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'write-config-schema.ts'), '--check'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  it('names every rule so that editors complete the ids', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    assert.deepEqual(
      Object.keys(schema.properties.rules.properties),
      ALL_RULE_METAS.map((meta) => meta.id),
    );
  });
});

describe('the profile JSON Schema', () => {
  it('is what the generator writes from the zod schema now (run "npm run schema" when this fails)', () => {
    const check = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'write-profile-schema.ts'), '--check'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  it('lists every key a profile file may have, and requires the ones without a default', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'decision-lint-profile.schema.json'), 'utf8'));
    assert.equal(schema.additionalProperties, false);
    for (const key of ['id', 'name', 'reference', 'fields', 'sections', 'outcomes', 'remedies']) assert.ok(key in schema.properties, key);
    assert.ok(!schema.required.includes('fields') && !schema.required.includes('remedies'));
  });
});
