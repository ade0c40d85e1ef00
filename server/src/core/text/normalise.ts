/** Printable ASCII but the backtick, single spaces between words, none around them. */
const PLAIN_WORDS = /^[\x21-\x5F\x61-\x7E]+(?: [\x21-\x5F\x61-\x7E]+)*$/;

/**
 * The form in which two headings are compared: case, apostrophe style, dashes, spacing and a trailing
 * colon do not matter, because investigators and the website vary in all of them.
 */
export function normaliseHeading(text: string): string {
  // Most lines are plain ASCII words between single spaces, for which only the case changes.
  if (PLAIN_WORDS.test(text) && !text.endsWith(':')) return text.toLowerCase();
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

/** Curly and straight apostrophes are both house style; this only makes them comparable. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'");
}
