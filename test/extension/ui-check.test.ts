import assert from 'node:assert/strict';
import { it } from 'node:test';
import { skipWithoutCodeServer } from './code-server';
import { uiCheck } from './ui-check';

it('the packaged extension, installed into code-server, shows squiggles, Problems rows, the outline, a hover and the remedies, and no lettered list marker as a stray bracket', { skip: skipWithoutCodeServer, timeout: 300_000 }, async () => {
  const seen = await uiCheck();
  assert.ok(seen.squiggles > 0);
  assert.ok(seen.problems.some((row) => row.includes('numbering-gap')), seen.problems.join('\n'));
  assert.ok(seen.problems.some((row) => row.includes('web-clutter')), seen.problems.join('\n'));
  assert.ok(seen.outline.includes('The complaint'), seen.outline.join('\n'));
  assert.match(seen.hover, /numbering-gap/);
  assert.ok(seen.remedies.some((row) => row.startsWith('apologise in writing')), seen.remedies.join('\n'));
  assert.equal(seen.unexpectedBrackets, 0, 'a lettered list item is no unexpected bracket');
});
