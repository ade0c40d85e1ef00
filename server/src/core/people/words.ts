/** An ASCII letter: the house's pseudonyms and the names it must catch are written in them. */
export function isLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || isCapital(c);
}

export function isCapital(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}
