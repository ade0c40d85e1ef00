/**
 * The characters `String.prototype.trim` removes and `\s` matches: ECMAScript's white space and line
 * terminators. Tested a character at a time where trimming or splitting would copy a line.
 */
export function isWhiteSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Where the white space from `from` ends, at `end` at most: what `trimStart` would cut, found without a copy. */
export function skipWhiteSpace(text: string, from = 0, end = text.length): number {
  let at = from;
  while (at < end && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

/** How many parts `split(/\s+/)` cuts a trimmed text into (1 for an empty text), without cutting it. */
export function wordCount(trimmed: string): number {
  let count = 1;
  for (let i = 1; i < trimmed.length; i++) {
    if (isWhiteSpace(trimmed.charCodeAt(i)) && !isWhiteSpace(trimmed.charCodeAt(i - 1))) count++;
  }
  return count;
}
