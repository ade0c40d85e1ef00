import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redosVerdict } from '../helpers/redos-check';
import { exponentialRepetition } from '../../server/src/core/profile/backtracking';

/** Patterns an office might write into its profile, with the repetition the check must name. */
const EXPONENTIAL: [source: string, flags: string, repetition: string][] = [
  ['(\\w+\\s?)+ agreed to', 'i', '(\\w+\\s?)+'],
  ['(?:\\s*\\w+)+ has apologised', 'i', '(?:\\s*\\w+)+'],
  ['paid (\\d+,?)+ pounds', 'i', '(\\d+,?)+'],
  ['^(a+)+$', '', '(a+)+'],
  ['the (?:[A-Z]+a)+ Council', 'i', '(?:[A-Z]+a)+'],
  ['(?:(?:\\d+|\\w)\\.?)* years', '', '(?:(?:\\d+|\\w)\\.?)*'],
];

/** Repeated groups whose rounds cannot overlap, and patterns with no repeated group at all. */
const LINEAR: [source: string, flags: string][] = [
  ['has (?:now )?agreed to', 'i'],
  ['(?:\\w+\\s)+agreed', 'i'],
  ['(?:\\s+\\w+)+ agreed', ''],
  ['(?:[A-Z][a-z]+ )+Council', ''],
  ['(?:A+a)+', ''],
  ['\\b(?:apologi[sz]e|pay)\\b', 'i'],
  ['^\\d{2} \\d{3} \\d{3}$', ''],
];

test('a repeated group whose rounds can overlap, holding an unbounded repetition, is named as written', () => {
  for (const [source, flags, repetition] of EXPONENTIAL) assert.equal(exponentialRepetition(source, flags), repetition, source);
});

test('repeated groups whose rounds cannot overlap, and patterns without them, pass', () => {
  for (const [source, flags] of LINEAR) assert.equal(exponentialRepetition(source, flags), undefined, source);
});

test('ignoring case is taken into account: "A+a" repeated overlaps only when case is ignored', () => {
  assert.equal(exponentialRepetition('(?:A+a)+', 'i'), '(?:A+a)+');
  assert.equal(exponentialRepetition('(?:A+a)+', ''), undefined);
});

test('a full ReDoS checker agrees: what the check names is exponential, and what it passes is not', () => {
  for (const [source, flags] of EXPONENTIAL) {
    const result = redosVerdict(source, flags);
    assert.ok(result.status === 'vulnerable' && result.complexity.type === 'exponential', `${source}: ${result.status}`);
  }
  for (const [source, flags] of LINEAR) {
    const result = redosVerdict(source, flags);
    assert.ok(result.status === 'safe' || (result.status === 'vulnerable' && result.complexity.type === 'polynomial'), `${source}: ${result.status}`);
  }
});

test('a pattern the parser cannot read is left to the check that it compiles', () => {
  assert.equal(exponentialRepetition('(unclosed', 'i'), undefined);
});
