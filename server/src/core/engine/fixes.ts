import type { Fix, TextEdit } from '../types';

/**
 * Applies as many of the fixes as do not overlap, earliest first, and returns the new text with the
 * number of fixes applied and their edits in text order. Text outside the edited ranges is copied as it is, byte for byte.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number; edits: TextEdit[] } {
  const ordered = fixes
    .filter((f) => f.edits.length > 0)
    .map((f) => ({ fix: f, start: Math.min(...f.edits.map((e) => e.range[0])) }))
    .sort((a, b) => a.start - b.start);
  const accepted: TextEdit[] = [];
  let applied = 0;
  for (const { fix } of ordered) {
    const edits = [...fix.edits].sort((a, b) => a.range[0] - b.range[0]);
    if (!editsAreValid(edits, text.length)) continue;
    if (edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...edits);
    applied++;
  }
  accepted.sort((a, b) => a.range[0] - b.range[0]);
  let output = '';
  let cursor = 0;
  for (const edit of accepted) {
    output += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  return { output: output + text.slice(cursor), applied, edits: accepted };
}

function editsAreValid(sorted: readonly TextEdit[], length: number): boolean {
  return sorted.every((e, i) => {
    const [start, end] = e.range;
    const previous = sorted[i - 1];
    return start >= 0 && end >= start && end <= length && (previous === undefined || previous.range[1] <= start);
  });
}

/** Two insertions at the same place conflict too: their order would be a guess. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range[0] === b.range[0]) return true;
  return a.range[0] < b.range[1] && b.range[0] < a.range[1];
}
