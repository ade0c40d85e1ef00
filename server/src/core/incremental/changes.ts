import { sameAtEnd, sameAtStart } from './same-ends';

/**
 * What an edit changed, as offsets of the new text: the whole lines it touched, the whole blocks
 * (runs of lines between empty lines) it touched, and how far it moved the text after them.
 */
export interface Change {
  /** The start of the line of the first changed character. */
  lineFrom: number;
  /** The end of the line where the unchanged end of the text begins (before its line break). */
  lineTo: number;
  /** The start of the block of the first changed character: after the last empty line before it. */
  blockFrom: number;
  /** The start of the first empty line in the unchanged end of the text, or the end of the text. */
  blockTo: number;
  /** The new length less the old. */
  shift: number;
}

/**
 * The change between two versions of a text. Each scan kept from one lint to the next asks about the
 * same pair at each keystroke, and comparing two long texts costs a read of each, so the last answer
 * is kept: the pair is recognised by the strings themselves, which the lint passes around without
 * copying.
 */
export class ChangeFinder {
  private before: string | undefined;
  private after: string | undefined;
  private found: Change | undefined;

  between(before: string, after: string): Change {
    if (this.found === undefined || before !== this.before || after !== this.after) {
      this.before = before;
      this.after = after;
      this.found = changeBetween(before, after);
    }
    return this.found;
  }

  /**
   * Lets go of the pair once the lint that asked about it is over: the next keystroke brings a new
   * pair, and the older text of this one, a whole version of the draft, was otherwise kept until then.
   */
  forget(): void {
    this.before = undefined;
    this.after = undefined;
    this.found = undefined;
  }
}

function changeBetween(before: string, after: string): Change {
  const head = sameAtStart(before, after);
  const tail = sameAtEnd(before, after, Math.min(before.length, after.length) - head);
  const unchangedEnd = after.length - tail;
  const lineEnd = after.indexOf('\n', unchangedEnd);
  return {
    lineFrom: head === 0 ? 0 : after.lastIndexOf('\n', head - 1) + 1,
    lineTo: lineEnd === -1 ? after.length : lineEnd,
    blockFrom: afterLastEmptyLine(after, head),
    blockTo: firstEmptyLineFrom(after, unchangedEnd),
    shift: after.length - before.length,
  };
}

/** The start of the line after the last empty line (LF or CRLF) that ends within the first `length` characters; 0 if none. */
function afterLastEmptyLine(text: string, length: number): number {
  const lf = length < 2 ? -1 : text.lastIndexOf('\n\n', length - 2);
  const crlf = length < 3 ? -1 : text.lastIndexOf('\n\r\n', length - 3);
  return Math.max(lf === -1 ? 0 : lf + 2, crlf === -1 ? 0 : crlf + 3);
}

/** The start of the first empty line (LF or CRLF) that begins at or after `from`, whole, or the end of the text. */
function firstEmptyLineFrom(text: string, from: number): number {
  // An empty line starts after the line break that ends the line before it, which must lie at or after `from` too.
  const lf = text.indexOf('\n\n', from);
  const crlf = text.indexOf('\n\r\n', from);
  const at = lf === -1 ? crlf : crlf === -1 ? lf : Math.min(lf, crlf);
  return at === -1 ? text.length : at + 1;
}
