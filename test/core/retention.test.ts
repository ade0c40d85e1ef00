import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * How many whole copies of each of two versions of a draft a process still holds once it has linted
 * both with one memo, as the language server does at each keystroke, and let go of the first itself.
 * Told from a heap snapshot: a string at least as long as the draft that starts as that version does.
 */
function versionsHeld(): { first: number; second: number } {
  const script = `
    const v8 = require('node:v8');
    const { lint, builtInConfig, DocumentMemo } = require(${JSON.stringify(join(__dirname, '../../server/src/core/index.ts'))});
    const { CONTINUOUS_DRAFT } = require(${JSON.stringify(join(__dirname, '../helpers/drafts.ts'))});
    const config = builtInConfig();
    const memo = new DocumentMemo();
    const heads = ['Northshire County Council (23 014 901)', 'Northshire County Council (23 014 902)'];
    let first = CONTINUOUS_DRAFT.replace('Northshire County Council (23 014 552)', heads[0]);
    lint(first, config, { remembered: memo });
    // The next version: the reference corrected, and a word typed into a role-and-powers paragraph.
    const second = first.replace(heads[0], heads[1]).replace('If we are satisfied', 'If we are fully satisfied');
    const length = second.length - 10;
    first = undefined;
    lint(second, config, { remembered: memo });
    globalThis.gc();
    const chunks = [];
    const stream = v8.getHeapSnapshot();
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const snapshot = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
      const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
      const held = heads.map(() => 0);
      for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
        if (!types[snapshot.nodes[i + type]].includes('string') || snapshot.nodes[i + size] < length) continue;
        const text = snapshot.strings[snapshot.nodes[i + name]];
        heads.forEach((head, k) => { if (text.startsWith(head)) held[k]++; });
      }
      // Read here, the second version is still in use when the snapshot is taken.
      if (second.length === 0) throw new Error('no draft');
      process.stdout.write(JSON.stringify({ first: held[0], second: held[1] }));
    });
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as { first: number; second: number };
}

test('a memo keeps no earlier version of a draft once the next has been linted', () => {
  const { first, second } = versionsHeld();
  // The version still in use is found, so the search would find the other if it were held.
  assert.ok(second >= 1, `the current version was not found in the heap (${second})`);
  assert.equal(first, 0, `the earlier version is still held, ${first} times`);
});
