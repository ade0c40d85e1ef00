/** An ASCII letter: the house's pseudonyms and the names it must catch are written in them. */
export function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || isCapital(c);
}

export function isCapital(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}

/** Character-code tests for scanners that walk a long text without a string per character. NaN (past either end) is none of them. */
export const HYPHEN = 0x2d;

export function isCapitalCode(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

export function isLowerCode(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** What a regex's \w (and so its \b) counts as part of a word: ASCII letters, digits and "_". */
export function isWordCode(code: number): boolean {
  return isCapitalCode(code) || isLowerCode(code) || isDigitCode(code) || code === 0x5f;
}
