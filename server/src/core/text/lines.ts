import type { Span } from '../types';
import { isWhiteSpace, skipWhiteSpace } from './white-space';

/** One physical line: `start`..`end` excludes the line end, `next` is where the following line starts. */
export interface Line {
  index: number;
  start: number;
  end: number;
  next: number;
  text: string;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Splits on CRLF, CR and LF alike, so offsets stay true to the text as it was given. */
export function splitLines(text: string): Line[] {
  // Most drafts end their lines with LF alone, which indexOf finds far faster than a regular expression.
  return text.includes('\r') ? splitMixedLines(text) : splitLfLines(text);
}

function splitLfLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push({ index: lines.length, start, end, next: end + 1, text: text.slice(start, end) });
    start = end + 1;
  }
  lines.push({ index: lines.length, start, end: text.length, next: text.length, text: text.slice(start) });
  return lines;
}

function splitMixedLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    lines.push({ index: lines.length, start, end: m.index, next: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, next: text.length, text: text.slice(start) });
  return lines;
}

/** Zero-based line and UTF-16 character, as the Language Server Protocol counts them. */
export interface Position {
  line: number;
  character: number;
}

/** Turns offsets into positions with a binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];

  constructor(lines: readonly Line[]) {
    this.starts = lines.map((l) => l.start);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo]! };
  }

  offsetAt(position: Position): number {
    const start = this.starts[Math.min(Math.max(position.line, 0), this.starts.length - 1)] ?? 0;
    return start + Math.max(position.character, 0);
  }

  lineCount(): number {
    return this.starts.length;
  }
}

/** The span of a line's text with its surrounding white space left out. */
export function trimmedSpan(line: Line): Span {
  return trimmedSpanFrom(line, 0);
}

/**
 * The span of a line's text from `from` (a distance into the line) with its surrounding white space left
 * out: what `trim` would keep, found without copying the text.
 */
export function trimmedSpanFrom(line: Line, from: number): Span {
  const text = line.text;
  const first = skipWhiteSpace(text, from);
  return { start: line.start + first, end: line.start + trimmedLength(text, first) };
}

/** Where a line's text ends once trailing white space is left out, for callers that need only the end. */
export function trimmedEnd(line: Line): number {
  return line.start + trimmedLength(line.text, 0);
}

/** The length of `text` without its trailing white space, not shortened below `floor`. */
export function trimmedLength(text: string, floor: number): number {
  let last = text.length;
  while (last > floor && isWhiteSpace(text.charCodeAt(last - 1))) last--;
  return last;
}

/** The line an offset falls on. */
export function lineAt(lines: readonly Line[], index: LineIndex, offset: number): Line {
  return lines[index.positionAt(offset).line]!;
}

/** The line end the text already uses, so inserted text does not mix CRLF and LF. */
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : /\r(?!\n)/.test(text) ? '\r' : '\n';
}
