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

/** Every placeholder replaced by its default or first choice, tabstops removed, escapes undone. */
export function snippetToText(snippet: string): string {
  return snippet.replace(TOKEN, (_all, escaped: string | undefined, _n, placeholder: string | undefined, choices: string | undefined) => {
    if (escaped !== undefined) return escaped;
    if (placeholder !== undefined) return placeholder;
    if (choices !== undefined) return unescapeChoice(choices.split(/(?<!\\),/)[0] ?? '');
    return '';
  });
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
