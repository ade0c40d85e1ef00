import type { Span } from '../types';
import type { ChangeFinder } from './changes';

/**
 * A scan of the whole text whose every find lies within one line, or within one block (a run of lines
 * between empty lines), and is decided by that line or block alone: its patterns allow only spaces
 * between their parts (a block scan's, single white-space characters too, which can be a line break
 * but never two), and what they look at around a match (a word boundary, a character that must not
 * follow) reads a line break and the end of the text alike. A scan of whole lines, or whole blocks,
 * then finds in them what a scan of the whole text finds there.
 */
export interface LocalScan<T> {
  within: 'line' | 'block';
  find(text: string): readonly T[];
  /** The find moved `by` characters on. */
  moved(find: T, by: number): T;
  start(find: T): number;
}

/**
 * What a local scan found in the last text linted, so that a keystroke rescans only the lines (or
 * blocks) it changed: the new text's finds are the old ones before the first changed line (or
 * block), the old ones after the last changed one moved by the change in length, and what a scan of
 * the changed ones finds. The previous text is kept until the next lint, to find the change.
 */
export class LocalScanMemo<T> {
  private text: string | undefined;
  private found: readonly T[] = [];

  constructor(
    private readonly localScan: LocalScan<T>,
    private readonly changes: ChangeFinder,
  ) {}

  scan(text: string): readonly T[] {
    const old = this.text;
    this.text = text;
    const { within, find, moved, start } = this.localScan;
    if (old === undefined) return (this.found = find(text));
    const change = this.changes.between(old, text);
    const [from, to] = within === 'line' ? [change.lineFrom, change.lineTo] : [change.blockFrom, change.blockTo];
    const { shift } = change;
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
