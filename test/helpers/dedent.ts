/**
 * Lets a test write a draft as an indented template literal: the common indent and the first and last
 * blank lines are removed, so the text the linter sees starts at column 1.
 */
export function dedent(text: string): string {
  const lines = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((l) => l.trim().length > 0).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}
