import type { Token } from './words';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };

export function isNumberWord(word: string): boolean {
  return word.split('-').every((part) => part in UNITS || part in TENS || part in SCALES);
}

/** The longest run of tokens from `at` that reads as a number, in figures or words. */
export interface NumberRead {
  value: number;
  /** Index just past the last token read. */
  next: number;
}

/**
 * Reads "65", "one", "a", "sixty-five", "sixty five", "two hundred and fifty", "one thousand five
 * hundred". Returns undefined when the token at `at` starts no number.
 */
export function readNumber(tokens: readonly Token[], at: number, options: { article?: boolean } = {}): NumberRead | undefined {
  const first = tokens[at];
  if (first === undefined || !first.isWord) return undefined;
  if (/^\d+$/.test(first.lower)) return first.lower.length <= 9 ? { value: Number(first.lower), next: at + 1 } : undefined;
  if (options.article && (first.lower === 'a' || first.lower === 'an')) {
    const scaled = readWords(tokens, at + 1);
    // "a hundred pounds" is one hundred; "a month" is one month.
    return scaled !== undefined && scaled.startsWithScale ? { value: scaled.value, next: scaled.next } : { value: 1, next: at + 1 };
  }
  const words = readWords(tokens, at);
  return words && { value: words.value, next: words.next };
}

function readWords(tokens: readonly Token[], at: number): (NumberRead & { startsWithScale: boolean }) | undefined {
  let total = 0;
  let group = 0;
  let i = at;
  let read = false;
  let startsWithScale = false;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.isWord) break;
    if (read && token.lower === 'and' && tokens[i + 1] !== undefined && isNumberWord(tokens[i + 1]!.lower)) {
      i++;
      continue;
    }
    if (!isNumberWord(token.lower)) break;
    for (const part of token.lower.split('-')) {
      if (part in SCALES) {
        if (!read) startsWithScale = true;
        const scale = SCALES[part]!;
        if (scale === 100) group = (group === 0 ? 1 : group) * 100;
        else {
          total += (group === 0 ? 1 : group) * scale;
          group = 0;
        }
      } else {
        group += UNITS[part] ?? TENS[part] ?? 0;
      }
      read = true;
    }
    i++;
  }
  return read ? { value: total + group, next: i, startsWithScale } : undefined;
}
