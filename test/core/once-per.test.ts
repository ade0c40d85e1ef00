import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { oncePer } from '../../server/src/core/once-per';

test('a reading is worked out once per object, apart for each reader, and JSON and deep equality do not see it', () => {
  let reads = 0;
  const wordsOf = oncePer((draft: { text: string }) => {
    reads++;
    return draft.text.split(' ');
  });
  const lengthOf = oncePer((draft: { text: string }) => draft.text.length);
  const draft = { text: 'The complaint was upheld' };
  assert.equal(wordsOf(draft), wordsOf(draft));
  assert.equal(reads, 1);
  assert.equal(lengthOf(draft), 24);
  assert.deepEqual(wordsOf({ text: 'Final decision' }), ['Final', 'decision']);
  assert.equal(reads, 2);
  assert.equal(JSON.stringify(draft), '{"text":"The complaint was upheld"}');
  assert.deepStrictEqual(draft, { text: 'The complaint was upheld' });
});

/** Bytes the minor collections moved to the old generation, and bytes allocated, while linting drafts. */
function promotedWhileLinting(): { promoted: number; allocated: number } {
  const script = `
    const { lint } = require(${JSON.stringify(join(__dirname, '../../server/src/core/index.ts'))});
    const { HOUSE_DRAFTS } = require(${JSON.stringify(join(__dirname, '../helpers/drafts.ts'))});
    for (let i = 0; i < 600; i++) lint(HOUSE_DRAFTS[i % HOUSE_DRAFTS.length].text);
  `;
  const run = spawnSync(process.execPath, ['--trace-gc-nvp', '--import', 'tsx', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  const scavenges = run.stdout.split('\n').filter((line) => / gc=s /.test(line));
  assert.ok(scavenges.length > 20, `only ${scavenges.length} minor collections`);
  // The first collections promote what the program keeps for good (code, tables, the drafts' text):
  // the second half shows what linting leaves behind.
  const steady = scavenges.slice(scavenges.length / 2);
  const sum = (field: string) => steady.reduce((total, line) => total + Number(new RegExp(` ${field}=(\\d+)`).exec(line)?.[1] ?? 0), 0);
  return { promoted: sum('promoted'), allocated: sum('allocated') };
}

test('linting draft after draft leaves almost nothing of them to the old generation', () => {
  const { promoted, allocated } = promotedWhileLinting();
  // Kept in WeakMaps keyed by the model, every model linted between two minor collections was promoted:
  // about an eighth of what the lint allocated. Each lint's model now dies young.
  assert.ok(promoted < allocated * 0.02, `promoted ${promoted} of ${allocated} bytes allocated`);
});
