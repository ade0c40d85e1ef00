import type { Span } from '../types';

/** A word of the text ("sixty-five", "Council's", "65") or one punctuation mark. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened; the mark itself for punctuation. */
  lower: string;
  isWord: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(ch: string): boolean {
  return ch.length > 0 && LETTER_OR_DIGIT.test(ch);
}

/** Apostrophes and hyphens join the characters on either side into one word. */
function isJoiner(ch: string): boolean {
  return ch === "'" || ch === '\u2019' || ch === '-' || ch === '\u2010' || ch === '\u2011';
}

/** Splits one span of the text into tokens in a single pass. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  let i = span.start;
  while (i < span.end) {
    const ch = text[i]!;
    if (isWordChar(ch)) {
      const start = i;
      i++;
      while (i < span.end && (isWordChar(text[i]!) || (isJoiner(text[i]!) && i + 1 < span.end && isWordChar(text[i + 1]!)))) i++;
      tokens.push({ start, end: i, lower: text.slice(start, i).toLowerCase().replace(/[\u2019\u2010\u2011]/g, (c) => (c === '\u2019' ? "'" : '-')), isWord: true });
    } else {
      if (!/\s/.test(ch)) tokens.push({ start: i, end: i + 1, lower: ch, isWord: false });
      i++;
    }
  }
  return tokens;
}
