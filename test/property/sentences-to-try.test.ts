import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sentencesToTry } from '../../server/src/core/consistency/sentences';
import { matchesIn, type Region } from '../../server/src/core/consistency/regions';
import type { Span } from '../../server/src/core/types';
import { builtInProfile, PROFILE_IDS } from '../../server/src/core/profile/registry';

// Each case takes microseconds: more of them than of the drafts the other property tests lint.
const RUNS = Number(process.env.DECISION_LINT_PROPERTY_RUNS ?? 1500) * 2;

/** What sentencesToTry stands in for: every sentence, each cut out and tried. */
const EVERY_SENTENCE = /[^\s.!?][^.!?]*[.!?]?/g;

/** The sentences a pattern matches, found by trying it on every one. */
function matchedOneByOne(region: Region, patterns: readonly RegExp[]): Span[] {
  return matchesIn([region], EVERY_SENTENCE).filter((s) => patterns.some((p) => p.test(region.text.slice(s.start - region.span.start, s.end - region.span.start))));
}

function matchedByStarts(region: Region, patterns: readonly RegExp[]): Span[] {
  return sentencesToTry(region, patterns).filter((s) => patterns.some((p) => p.test(region.text.slice(s.start - region.span.start, s.end - region.span.start))));
}

/**
 * Patterns that look past their match, each with a region where the region and the sentence see its
 * edges differently: a sentence's start at the start of the text, a stop before it seen from behind,
 * and a stop that ends a sentence but is followed by a word in the region.
 */
const LOOKING_PAST: readonly [RegExp, string][] = [
  [/^agreed\b/i, 'It did. Agreed to pay.'],
  [/(?<!\. )agreed to\b/i, 'It did. agreed to pay.'],
  [/e\.\B/, 'It paid e.g.Mr B.'],
];

/** Every office's "agreed now" patterns, those above, and a pattern that matches nothing at every offset. */
const PATTERN_SETS: readonly (readonly RegExp[])[] = [
  ...PROFILE_IDS.map((id) => builtInProfile(id).remedyAgreed),
  ...LOOKING_PAST.map(([pattern]) => [/\bwill pay\b/i, pattern]),
  [/\s+apologise/i, /x*/],
];

/** Pieces of Final decisions and Summaries, with the edges a sentence's start and end can fall on. */
const PIECES = [
  'The Council has agreed to apologise', 'has agreed to pay Mr B £150', 'will pay', 'agreed to', 'had already apologised',
  'The landlord is ordered to', 'I recommend that', 'Ms C', '.', '!', '?', '...', ' ', '  ', '\n', '\n\n', '\t', '\u00a0',
  '\u2029', 'agreed', 'to', 'not ', 'Council', 'payment of £250.50', '(', ')', ',', 'e.g.', 'x',
];

const region = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }), fc.nat({ max: 5000 }))
  .map(([pieces, offset]): Region => {
    const text = pieces.join('');
    return { span: { start: offset, end: offset + text.length }, text };
  });

test('the sentences found from where the patterns match are the sentences that match, tried one by one', () => {
  fc.assert(
    fc.property(region, fc.constantFrom(...PATTERN_SETS), (r, patterns) => {
      assert.deepEqual(matchedByStarts(r, patterns), matchedOneByOne(r, patterns));
    }),
    { numRuns: RUNS },
  );
});

for (const [pattern, text] of LOOKING_PAST) {
  test(`a pattern that looks past its match, ${pattern}, is tried on every sentence`, () => {
    const r = { span: { start: 3, end: 3 + text.length }, text };
    assert.equal(matchedOneByOne(r, [pattern]).length, 1);
    assert.deepEqual(matchedByStarts(r, [pattern]), matchedOneByOne(r, [pattern]));
  });
}

test('a Final decision of 50,000 sentences with one promise is read for that one', () => {
  const text = `${'Section 17 of the Act applies. '.repeat(25_000)}The Council has agreed to pay Mr B £150. ${'It did so. '.repeat(25_000)}`;
  const found = sentencesToTry({ span: { start: 10, end: 10 + text.length }, text }, [/\b(?:has|have|had)\s+agreed\s+to\b/i]);
  const at = text.indexOf('The Council');
  assert.deepEqual(found, [{ start: 10 + at, end: 10 + text.indexOf('.', at) + 1 }]);
});
