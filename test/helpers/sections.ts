/**
 * A heading (or a heading and its sub-headings) followed by numbered paragraphs, a blank line between
 * each: with one heading, paragraph n is on line 2n + 1.
 */
export function section(headings: string | readonly string[], ...paragraphs: string[]): string {
  return [...(typeof headings === 'string' ? [headings] : headings), ...paragraphs.map((p, i) => `${i + 1}. ${p}`)].join('\n\n') + '\n';
}
