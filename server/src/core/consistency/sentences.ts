import type { Span } from '../types';
import { matchesIn, type Region } from './regions';

/** A sentence, closed by its full stop or by the end of the text. */
const SENTENCE = /[^\s.!?][^.!?]*[.!?]?/g;
const WHITESPACE = /\s/;

/**
 * A pattern that matches inside a sentence also matches the region at the same place when nothing in
 * it looks past what it matches in a way a sentence's edge changes: no anchors, lookarounds or \B. A
 * \b is safe, as a sentence is preceded by a space or a stop and ends at a stop or the region's end.
 */
const LOOKS_PAST_ITS_MATCH = /[$^]|\\B|\(\?<?[=!]/;

/** For each pattern, a global copy to find where its matches start, or null when LOOKS_PAST_ITS_MATCH. */
const starters = new WeakMap<RegExp, RegExp | null>();

function starterOf(pattern: RegExp): RegExp | null {
  let starter = starters.get(pattern);
  if (starter === undefined) {
    starter = LOOKS_PAST_ITS_MATCH.test(pattern.source) ? null : new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`);
    starters.set(pattern, starter);
  }
  return starter;
}

/**
 * The region's sentences, as spans of the statement, that one of `patterns` may match: every sentence
 * holding the start of one of their matches in the region, or every sentence when a pattern looks past
 * its match. A Final decision can be as long as the draft, and cutting each of its sentences out to
 * try the patterns on made 50,000 strings and match arrays in a 1 MB one.
 */
export function sentencesToTry(region: Region, patterns: readonly RegExp[]): Span[] {
  const starts: number[] = [];
  for (const pattern of patterns) {
    const starter = starterOf(pattern);
    if (starter === null) return matchesIn([region], SENTENCE);
    starter.lastIndex = 0;
    for (let m = starter.exec(region.text); m !== null; m = starter.exec(region.text)) {
      starts.push(m.index);
      starter.lastIndex = m.index + 1;
    }
  }
  return sentencesHolding(region, starts.sort((a, b) => a - b));
}

/** The sentences holding the offsets (the region's own, ascending), each once, as spans of the statement. */
function sentencesHolding(region: Region, offsets: readonly number[]): Span[] {
  const spans: Span[] = [];
  let covered = 0;
  for (const at of offsets) {
    if (at < covered) continue;
    const sentence = sentenceHolding(region.text, at);
    if (sentence === undefined) continue;
    spans.push({ start: region.span.start + sentence.start, end: region.span.start + sentence.end });
    covered = sentence.end;
  }
  return spans;
}

/**
 * The sentence SENTENCE finds around an offset, or none when the offset falls between two. No sentence
 * is open after a stop, so the one holding `at` starts at the first character after the last stop
 * before it that is neither a space nor a stop, and takes everything up to the next stop and that stop.
 */
function sentenceHolding(text: string, at: number): Span | undefined {
  if (at >= text.length) return undefined;
  let start = at;
  while (start > 0 && !isStop(text.charCodeAt(start - 1))) start--;
  while (start < at && WHITESPACE.test(text[start]!)) start++;
  if (start === at && (isStop(text.charCodeAt(at)) || WHITESPACE.test(text[at]!))) return undefined;
  let end = start;
  while (end < text.length && !isStop(text.charCodeAt(end))) end++;
  return { start, end: end < text.length ? end + 1 : end };
}

function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}
