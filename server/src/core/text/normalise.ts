
/**
 * The form in which two headings are compared: case, apostrophe style, dashes, spacing and a trailing
 * colon do not matter, because investigators and the website vary in all of them.
 */
export function normaliseHeading(text: string): string {
  // Most lines are plain ASCII words between single spaces, for which only the case changes.
  if (isPlainWords(text) && !text.endsWith(':')) return text.toLowerCase();
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?:$/, '')
    .toLowerCase();
}

/**
 * Printable ASCII but the backtick, single spaces between words, none around them: a line the long
 * way would change only in case. Read a character at a time, as it runs on most short lines.
 */
function isPlainWords(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 32) return false;
    } else if (code < 0x21 || code > 0x7e || code === 0x60) {
      return false;
    }
  }
  return true;
}

/** Curly and straight apostrophes are both house style; this only makes them comparable. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'");
}
