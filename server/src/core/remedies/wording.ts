import type { Span } from '../types';

/**
 * Where a deadline reads naturally in a sentence: at its end, before the closing punctuation and
 * before the "and" or "or" that joins a list item to the next.
 */
export function deadlineInsertionPoint(text: string, sentence: Span): number {
  let end = sentence.end;
  const back = (test: RegExp) => {
    while (end > sentence.start && test.test(text[end - 1]!)) end--;
  };
  back(/\s/);
  const tail = text.slice(Math.max(sentence.start, end - 4), end).toLowerCase();
  if (/(?:^|\s)(?:and|or)$/.test(tail)) {
    end -= tail.endsWith('and') ? 3 : 2;
    back(/\s/);
  }
  back(/[.;:,!?]/);
  back(/\s/);
  return end;
}

/** Words that open a sentence without being a name, and so lose their capital when moved inside one. */
const COMMON_OPENERS = new Set(['the', 'it', 'this', 'to', 'in', 'as', 'for', 'following', 'having', 'we', 'a', 'an']);

/** The lead-in with the office's default deadline in front: "Within one month of the final decision, the Council has agreed to:". */
export function prefixDeadline(leadText: string, deadline: string): string {
  const firstWord = /^[\p{L}']+/u.exec(leadText)?.[0] ?? '';
  const rest = COMMON_OPENERS.has(firstWord.toLowerCase()) ? leadText[0]!.toLowerCase() + leadText.slice(1) : leadText;
  return `${deadline[0]!.toUpperCase()}${deadline.slice(1)}, ${rest}`;
}

/** The replacement in the case of the words it replaces: a capital stays a capital. */
export function matchCase(replaced: string, replacement: string): string {
  const first = replaced[0] ?? '';
  return first !== first.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}
