/**
 * The subset of the snippet syntax (shared by VS Code and LSP) that the paragraph library uses:
 * `$1`, `${1:default}`, `${1|one,two|}`, `$0`, and backslash escapes. Nested placeholders and
 * variables are left out so that every entry also reads as plain text.
 */
const TOKEN = /\\(.)|\$\{(\d+)(?::([^${}]*)|\|((?:\\.|[^|\\])*)\|)?\}|\$(\d+)/gs;

/** What is wrong with a snippet, or undefined when it uses only the supported syntax. */
export function snippetProblem(snippet: string): string | undefined {
  const rest = snippet.replace(TOKEN, '');
  if (rest.includes('$')) return 'a "$" that is not a tabstop; write "\\$" for a literal dollar sign';
  return undefined;
}

/**
 * Every placeholder replaced by its default or first choice, a bare tabstop that mirrors a placeholder
 * by that placeholder's text, other tabstops removed, escapes undone.
 */
export function snippetToText(snippet: string): string {
  const defaults = new Map<string, string>();
  for (const m of snippet.matchAll(TOKEN)) {
    const [, escaped, n, placeholder, choices] = m;
    if (escaped === undefined && n !== undefined && !defaults.has(n)) defaults.set(n, placeholder ?? (choices === undefined ? '' : firstChoice(choices)));
  }
  return snippet.replace(TOKEN, (_all, escaped: string | undefined, _n, placeholder: string | undefined, choices: string | undefined, bare: string | undefined) => {
    if (escaped !== undefined) return escaped;
    if (placeholder !== undefined) return placeholder;
    if (choices !== undefined) return firstChoice(choices);
    return defaults.get(bare ?? '') ?? '';
  });
}

function firstChoice(choices: string): string {
  return unescapeChoice(choices.split(/(?<!\\),/)[0] ?? '');
}

/**
 * The library writes the complainant as "Mr X": a choice of titles where a statement introduces them,
 * a placeholder where an included paragraph names them again. In one statement every later one mirrors
 * the first, so that the title chosen once is the title throughout (house-style.md section 7).
 */
export function mirrorComplainant(snippet: string): string {
  const first = /\$\{(\d+)\|Mr X,/.exec(snippet) ?? /\$\{(\d+):Mr X\}/.exec(snippet);
  if (first === null) return snippet;
  const firstEnd = first.index + first[0].length;
  const mirrored = snippet.slice(0, firstEnd) + snippet.slice(firstEnd).replace(/\$\{\d+:Mr X\}/g, `$${first[1]}`);
  // The placeholders that became mirrors leave gaps in the numbering, which Tab would have to jump.
  let last = 0;
  return renumberTabstops(mirrored, new Map(), () => ++last, true);
}

/**
 * Renumbers the tabstops of one piece of a snippet through `numbers` (old number to new), taking new
 * numbers from `next` on first sight, so that pieces from different entries do not share tabstops.
 * `$0` (the final cursor) is kept only when `keepFinal` is set.
 */
export function renumberTabstops(snippet: string, numbers: Map<number, number>, next: () => number, keepFinal: boolean): string {
  return snippet.replace(TOKEN, (all, escaped: string | undefined, braced: string | undefined, _p, _c, bare: string | undefined) => {
    if (escaped !== undefined) return all;
    const old = Number(braced ?? bare);
    if (old === 0) return keepFinal ? all : '';
    let renumbered = numbers.get(old);
    if (renumbered === undefined) {
      renumbered = next();
      numbers.set(old, renumbered);
    }
    return braced !== undefined ? all.replace(`\${${braced}`, `\${${renumbered}`) : `$${renumbered}`;
  });
}

function unescapeChoice(choice: string): string {
  return choice.replace(/\\(.)/g, '$1');
}
