import { ErrorCodes, ResponseError, type DocumentLink, type Location, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { DecisionModel, Span, Paragraph } from '../../core';
import { rangeOf, spanHolds } from '../convert/ranges';

/** A paragraph number in the text: a paragraph's own marker, or a number in a reference to one. */
interface NumberAt {
  number: number;
  /** The digits alone. */
  span: Span;
}

/**
 * "paragraph 12" resolves only when the statement is numbered straight through: in a website copy every
 * heading restarts at 1, so the number names no single paragraph (numbering-reference stays silent too).
 */
function resolvable(model: DecisionModel): boolean {
  return model.numbering.mode === 'continuous';
}

function paragraphsNumbered(model: DecisionModel, number: number): Paragraph[] {
  return model.paragraphs.filter((p) => p.number === number && p.marker !== undefined);
}

/** The digits of a marker: "12." gives the span of "12". */
function markerDigits(paragraph: Paragraph): Span {
  const marker = paragraph.marker!;
  const at = marker.text.search(/\d/);
  return { start: marker.span.start + at, end: marker.span.start + at + String(paragraph.number).length };
}

/**
 * Each reference target written as its own digits; the inner numbers of "paragraphs 12 to 14" share the
 * range's span, and there is nothing there to link or rename.
 */
function writtenTargets(model: DecisionModel): NumberAt[] {
  return model.references.flatMap((r) => r.targets).filter((t) => model.text.slice(t.span.start, t.span.end) === String(t.number));
}

function numberAt(model: DecisionModel, offset: number): NumberAt | undefined {
  const target = writtenTargets(model).find((t) => spanHolds(t.span, offset));
  if (target) return target;
  const paragraph = model.paragraphs.find((p) => p.number !== undefined && p.marker !== undefined && spanHolds(markerDigits(p), offset));
  return paragraph && { number: paragraph.number!, span: markerDigits(paragraph) };
}

export function documentLinks(model: DecisionModel, uri: string): DocumentLink[] {
  if (!resolvable(model)) return [];
  return writtenTargets(model).flatMap((target) => {
    const [paragraph] = paragraphsNumbered(model, target.number);
    if (paragraph === undefined) return [];
    // Editors open a file URI's #L fragment at that line (1-based).
    const line = model.index.positionAt(paragraph.span.start).line + 1;
    return [{ range: rangeOf(model, target.span), target: `${uri}#L${line}`, tooltip: `Go to paragraph ${target.number}` }];
  });
}

export function definition(model: DecisionModel, uri: string, offset: number): Location[] {
  const at = numberAt(model, offset);
  if (at === undefined || !resolvable(model)) return [];
  return paragraphsNumbered(model, at.number).map((p) => ({ uri, range: rangeOf(model, p.span) }));
}

export function references(model: DecisionModel, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const at = numberAt(model, offset);
  if (at === undefined || !resolvable(model)) return [];
  const uses = writtenTargets(model).filter((t) => t.number === at.number).map((t) => t.span);
  const declarations = includeDeclaration ? paragraphsNumbered(model, at.number).map(markerDigits) : [];
  return [...declarations, ...uses].map((span) => ({ uri, range: rangeOf(model, span) }));
}

export function prepareRename(model: DecisionModel, offset: number): { range: Range; placeholder: string } | null | ResponseError<void> {
  const at = numberAt(model, offset);
  if (at === undefined) return null;
  if (!resolvable(model)) return new ResponseError(ErrorCodes.InvalidRequest, 'Paragraph numbers restart under each heading in this draft, so a number names no single paragraph.');
  return { range: rangeOf(model, at.span), placeholder: String(at.number) };
}

/** The paragraph's number and every reference to it; other paragraphs keep theirs. */
export function rename(model: DecisionModel, offset: number, newName: string): TextEdit[] | ResponseError<void> {
  const prepared = prepareRename(model, offset);
  if (prepared === null || prepared instanceof ResponseError) return prepared ?? new ResponseError(ErrorCodes.InvalidRequest, 'Only a paragraph number can be renamed here.');
  const at = numberAt(model, offset)!;
  if (!/^[1-9]\d{0,3}$/.test(newName.trim())) return new ResponseError(ErrorCodes.InvalidParams, `A paragraph number is a whole number such as 12, not "${newName}".`);
  const paragraphs = paragraphsNumbered(model, at.number);
  if (paragraphs.length > 1) return new ResponseError(ErrorCodes.InvalidRequest, `${paragraphs.length} paragraphs are numbered ${at.number}; fix the duplicate first.`);
  const spans = [...paragraphs.map(markerDigits), ...writtenTargets(model).filter((t) => t.number === at.number).map((t) => t.span)];
  return spans.map((span) => ({ range: rangeOf(model, span), newText: newName.trim() }));
}
