import type { Span } from '../types';
import type { ChangedLinesFinder } from './changed-lines';

/**
 * A scan of the whole text whose every find lies within one line and is decided by that line alone:
 * its patterns allow only spaces between their parts, and what they look at around a match (a word
 * boundary, a character that must not follow) reads a line break and the end of the text alike. A
 * scan of whole lines then finds in them what a scan of the whole text finds there.
 */
export interface LineScan<T> {
  find(text: string): readonly T[];
  /** The find moved `by` characters on. */
  moved(find: T, by: number): T;
  start(find: T): number;
}

/**
 * What a line scan found in the last text linted, so that a keystroke rescans only the lines it
 * changed: the new text's finds are the old ones before the first changed line, the old ones after
 * the last changed line moved by the change in length, and what a scan of the changed lines finds.
 */
export class LineScanMemo<T> {
  private text: string | undefined;
  private found: readonly T[] = [];

  constructor(
    private readonly lineScan: LineScan<T>,
    private readonly changes: ChangedLinesFinder,
  ) {}

  scan(text: string): readonly T[] {
    const old = this.text;
    this.text = text;
    const { find, moved, start } = this.lineScan;
    if (old === undefined) return (this.found = find(text));
    const { from, to, shift } = this.changes.between(old, text);
    const found: T[] = [];
    for (const kept of this.found) if (start(kept) < from) found.push(kept);
    for (const fresh of find(text.slice(from, to))) found.push(from === 0 ? fresh : moved(fresh, from));
    for (const kept of this.found) if (start(kept) >= to - shift) found.push(shift === 0 ? kept : moved(kept, shift));
    return (this.found = found);
  }
}

/** A span `by` characters further on. */
export function movedSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
