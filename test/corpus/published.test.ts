import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, parseDecision } from '../../server/src/core/index';
import { lgscoProfile } from '../../server/src/core/profile/compile';

/** The published decisions are read where they are, never copied: they are not ours. */
const CORPUS = resolve(process.env.DECISION_LINT_CORPUS ?? join(import.meta.dirname, '../../../shared/decisions'));
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];

/**
 * Real slips in the published text that a rule rightly reports, each checked by hand. Anything else at
 * error or warning level is a false positive, and a listed slip no longer found is a rule gone blind.
 */
const KNOWN_SLIPS = JSON.parse(readFileSync(join(import.meta.dirname, 'known-slips.json'), 'utf8')) as { file: string; line: number; ruleId: string; why: string }[];

test('the corpus of published decisions is there to test against', () => {
  assert.ok(files.length > 0, `no decisions found in ${CORPUS}; set DECISION_LINT_CORPUS to a folder of them`);
});

test('every known slip is in a published decision of the corpus', () => {
  assert.deepEqual(KNOWN_SLIPS.filter((slip) => !files.includes(slip.file)).map((slip) => slip.file), []);
});

for (const name of files) {
  const text = readFileSync(join(CORPUS, name), 'utf8');

  test(`${name}: no error or warning on a published decision but its known slips`, () => {
    const serious = lint(text).messages.filter((m) => m.severity === 'error' || m.severity === 'warning');
    const known = KNOWN_SLIPS.filter((slip) => slip.file === name).map((slip) => `${slip.line} ${slip.ruleId}`);
    assert.deepEqual(serious.map((m) => `${m.line} ${m.ruleId}`), known, serious.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).join('\n'));
  });

  test(`${name}: the model finds the house sections in order and the website's restart numbering`, () => {
    const model = parseDecision(text, lgscoProfile());
    const ids = model.sections.map((s) => s.id);
    for (const required of ['complaint', 'role-and-powers', 'how-considered', 'findings', 'final-decision']) {
      assert.ok(ids.includes(required), `${required} not found in ${ids.join(', ')}`);
    }
    assert.equal(model.numbering.mode, 'restart');
    assert.ok(model.frontMatter.title?.reference, 'title reference');
    assert.match(model.frontMatter.title!.reference!.text, /^\d{2} \d{3} \d{3}$/);
    assert.equal(model.frontMatter.status?.kind, 'final');
    assert.ok(model.clutter.some((c) => c.text === 'Back to top'), 'website clutter recognised');
  });
}
