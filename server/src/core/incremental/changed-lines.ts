import { sameAtEnd, sameAtStart } from './same-ends';

/** The whole lines an edit changed, as offsets of the new text, and how far it moved the text after them. */
export interface ChangedLines {
  /** The start of the line of the first changed character. */
  from: number;
  /** The end of the line where the unchanged end of the text begins (before its line break). */
  to: number;
  /** The new length less the old. */
  shift: number;
}

/**
 * The lines that changed between two versions of a text. Each scan kept from one lint to the next
 * asks for the same pair at each keystroke, and comparing two long texts costs a read of each, so the
 * last answer is kept: the pair is recognised by the strings themselves, which the lint passes around
 * without copying.
 */
export class ChangedLinesFinder {
  private before: string | undefined;
  private after: string | undefined;
  private found: ChangedLines = { from: 0, to: 0, shift: 0 };

  between(before: string, after: string): ChangedLines {
    if (before !== this.before || after !== this.after) {
      this.before = before;
      this.after = after;
      this.found = changedLines(before, after);
    }
    return this.found;
  }
}

function changedLines(before: string, after: string): ChangedLines {
  const head = sameAtStart(before, after);
  const tail = sameAtEnd(before, after, Math.min(before.length, after.length) - head);
  const lineEnd = after.indexOf('\n', after.length - tail);
  return {
    from: head === 0 ? 0 : after.lastIndexOf('\n', head - 1) + 1,
    to: lineEnd === -1 ? after.length : lineEnd,
    shift: after.length - before.length,
  };
}
