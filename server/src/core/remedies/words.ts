import type { Span } from '../types';

/** A word of the text ("sixty-five", "Council's", "65") or one punctuation mark. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened; the mark itself for punctuation. */
  lower: string;
  /**
   * The first `PHRASE_KEY_LENGTH` characters of `lower`, under which phrase tables file their phrases:
   * cut once here rather than by every table that looks the token up.
   */
  key: string;
  isWord: boolean;
}

/** How many first letters of a phrase's first word file it in a phrase table. */
export const PHRASE_KEY_LENGTH = 3;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const CURLY_JOINERS = /[\u2019\u2010\u2011]/g;

/**
 * Whether the character at `i` is a letter or a digit of any script. Most characters of a statement
 * are ASCII, told by their code; only the rest go to the Unicode pattern, which the tokenizer tried
 * for every character before.
 */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x80) return LETTER_OR_DIGIT.test(text[i]!);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Whether the character at `i` is white space as a regex's \s sees it, told by its code when ASCII. */
export function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0x80) return SPACE.test(text[i]!);
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Apostrophes and hyphens join the characters on either side into one word. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2d || isCurlyJoiner(code);
}

/** The joiners a token's lower case writes straight: "’" as "'", and the Unicode hyphens as "-". */
function isCurlyJoiner(code: number): boolean {
  return code === 0x2019 || code === 0x2010 || code === 0x2011;
}

/** Splits one span of the text into tokens in a single pass. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  let i = span.start;
  while (i < span.end) {
    if (isWordCharAt(text, i)) {
      const start = i;
      let curly = false;
      i++;
      while (i < span.end) {
        if (isWordCharAt(text, i)) i++;
        else if (isJoiner(text.charCodeAt(i)) && i + 1 < span.end && isWordCharAt(text, i + 1)) {
          curly ||= isCurlyJoiner(text.charCodeAt(i));
          i++;
        } else break;
      }
      const folded = text.slice(start, i).toLowerCase();
      const lower = curly ? folded.replace(CURLY_JOINERS, (c) => (c === '\u2019' ? "'" : '-')) : folded;
      tokens.push({ start, end: i, lower, key: lower.slice(0, PHRASE_KEY_LENGTH), isWord: true });
    } else {
      if (!isSpaceAt(text, i)) tokens.push({ start: i, end: i + 1, lower: text[i]!, key: text[i]!, isWord: false });
      i++;
    }
  }
  return tokens;
}
