import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUILT_IN_PROFILES } from '../../server/src/core/built-ins';
import { profileSchema } from '../../server/src/core/profile/schema';
import { REPO } from '../cli/helpers';

test('the shipped data the core reads is what the generator makes of the data files now (run "npm run generate" when this fails)', () => {
  const check = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'write-built-ins.ts'), '--check'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test('the shipped profiles come with the defaults their schema fills in, which the data files leave out', () => {
  const lgsco = BUILT_IN_PROFILES.lgsco!;
  assert.deepEqual(profileSchema().parse(lgsco), lgsco);
  // lgsco.json gives no field labels and no calendar; the parser and rules read them all the same.
  assert.deepEqual(lgsco.fields.decision, ['Decision']);
  assert.equal(lgsco.calendar, 'england-and-wales');
  assert.deepEqual(lgsco.sections.find((s) => s.id === 'complaint')?.prefixAliases, []);
});
