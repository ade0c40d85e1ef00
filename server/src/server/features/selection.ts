import type { Position, SelectionRange } from 'vscode-languageserver/node';
import type { DecisionModel, Span, ListItem } from '../../core';
import { offsetOf, rangeOf, spanHolds } from '../convert/ranges';
import { itemSpan, partsOf } from './structure';

/** Widening steps from a position: list item, paragraph, sub-heading's part, section, whole document. */
export function selectionRanges(model: DecisionModel, positions: Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = offsetOf(model, position);
    const spans = enclosing(model, offset);
    let range: SelectionRange | undefined;
    for (const span of spans) range = range === undefined ? { range: rangeOf(model, span) } : { range: rangeOf(model, span), parent: range };
    return range!;
  });
}

/** Outermost first; each contains the next. */
function enclosing(model: DecisionModel, offset: number): Span[] {
  const spans: Span[] = [{ start: 0, end: model.text.length }];
  if (spanHolds(model.frontMatter.span, offset) && model.frontMatter.span.end > 0) spans.push(model.frontMatter.span);
  const section = model.sections.find((s) => spanHolds(s.span, offset));
  if (section === undefined) return spans;
  spans.push(section.span);
  const part = partsOf(section).parts.find((p) => spanHolds(p.span, offset));
  if (part) spans.push(part.span);
  const paragraph = section.paragraphs.find((p) => spanHolds(p.span, offset));
  if (paragraph === undefined) return spans;
  spans.push(paragraph.span);
  let items: ListItem[] = paragraph.items;
  for (let item = items.find((i) => spanHolds(itemSpan(i), offset)); item !== undefined; item = items.find((i) => spanHolds(itemSpan(i), offset))) {
    spans.push(itemSpan(item));
    items = item.children;
  }
  return spans;
}
