import type { Position, Range } from 'vscode-languageserver';
import type { DecisionModel, Span } from '../../core';

/** Core spans and LSP ranges both count UTF-16 code units, so only lines need working out. */
export function rangeOf(model: DecisionModel, span: Span): Range {
  return { start: model.index.positionAt(span.start), end: model.index.positionAt(span.end) };
}

/** A position past the end of its line (clients send them) is taken as the line's end. */
export function offsetOf(model: DecisionModel, position: Position): number {
  const line = model.lines[Math.min(Math.max(position.line, 0), model.lines.length - 1)]!;
  return Math.min(line.start + Math.max(position.character, 0), line.end);
}

export function lineRange(model: DecisionModel, span: Span): { startLine: number; endLine: number } {
  return { startLine: model.index.positionAt(span.start).line, endLine: model.index.positionAt(span.end).line };
}

/** Inclusive at both ends, so that a cursor just after a word still counts as on it. */
export function spanHolds(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
