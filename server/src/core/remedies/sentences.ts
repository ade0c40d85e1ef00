import type { Span } from '../types';
import { isSpaceAt } from './words';

/** Words that end in a full stop without ending the sentence ("Mr. B", "e.g. a refund", "s. 17"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'e.g', 'i.e', 'eg', 'ie', 'etc', 'para', 'paras', 's', 'ss', 'cf', 'v', 'vs', 'approx']);

const CLOSERS = new Set(['"', "'", '\u2019', '\u201D', ')', ']']);

/**
 * The sentences of a span, each trimmed, in one pass. A sentence ends at ".", "!" or "?" (and any
 * closing quote or bracket) followed by white space and a capital, a digit, a quote or "£".
 */
export function sentencesOf(text: string, span: Span): Span[] {
  const sentences: Span[] = [];
  let start = skipSpace(text, span.start, span.end);
  let i = start;
  while (i < span.end) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?') {
      let end = i + 1;
      while (end < span.end && CLOSERS.has(text[end]!)) end++;
      const next = skipSpace(text, end, span.end);
      if (next > end && next < span.end && startsSentence(text[next]!) && !(ch === '.' && isAbbreviation(text, start, i))) {
        sentences.push({ start, end });
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  const end = trimEnd(text, start, span.end);
  if (end > start) sentences.push({ start, end });
  return sentences;
}

function startsSentence(ch: string): boolean {
  return /[\p{Lu}\p{N}"'\u2018\u201C\u00a3(]/u.test(ch);
}

/** Looks back no further than the longest abbreviation, so that a run of dots stays linear. */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && dot - i < 6 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
}

export function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  return i;
}

export function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceAt(text, i - 1)) i--;
  return i;
}
