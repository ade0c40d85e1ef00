import type { Span } from '../types';
import { sameAtEnd, sameAtStart } from './same-ends';

/**
 * What a scan found in the last text linted, for a scan that reads one line at a time: none of its
 * findings, nor anything it reads to make one, crosses a line break, so a scan of some whole lines finds
 * in them what a scan of the whole text finds there. A keystroke then rescans only the lines it changed:
 * the new text's findings are the old ones before the first changed line, what a scan of the changed
 * lines finds, and the old ones after the last changed line moved by the change in length. What is kept
 * is only read afterwards, never changed, so the same objects serve both lints.
 */
export class LineLocalScanMemo<T extends { span: Span }> {
  private text: string | undefined;
  private found: T[] = [];

  constructor(
    private readonly scanText: (text: string) => T[],
    /** The finding with every offset in it moved by `by`. */
    private readonly moved: (found: T, by: number) => T,
  ) {}

  scan(text: string): readonly T[] {
    const old = this.text;
    this.text = text;
    if (old === undefined) return (this.found = this.scanText(text));
    const head = sameAtStart(old, text);
    const tail = sameAtEnd(old, text, Math.min(old.length, text.length) - head);
    // From the start of the line of the first changed character to the end of the line where the unchanged end begins.
    const from = head === 0 ? 0 : text.lastIndexOf('\n', head - 1) + 1;
    const lineEnd = text.indexOf('\n', text.length - tail);
    const to = lineEnd === -1 ? text.length : lineEnd;
    const shift = text.length - old.length;
    const found: T[] = [];
    for (const item of this.found) if (item.span.end <= from) found.push(item);
    for (const item of this.scanText(text.slice(from, to))) found.push(this.movedBy(item, from));
    for (const item of this.found) if (item.span.start >= to - shift) found.push(this.movedBy(item, shift));
    return (this.found = found);
  }

  private movedBy(item: T, by: number): T {
    return by === 0 ? item : this.moved(item, by);
  }
}

export function movedSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
