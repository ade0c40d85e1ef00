import type { FoldingRange } from 'vscode-languageserver/node';
import type { DecisionModel, Span, ListItem } from '../../core';
import { lineRange } from '../convert/ranges';
import { itemSpan, partsOf } from './structure';

/** One range per section, sub-heading, and paragraph or list item with a list nested in it. */
export function foldingRanges(model: DecisionModel): FoldingRange[] {
  const spans: Span[] = [];
  const addItems = (items: ListItem[]) => {
    for (const item of items) {
      if (item.children.length > 0) spans.push(itemSpan(item));
      addItems(item.children);
    }
  };
  for (const section of model.sections) {
    spans.push(section.span);
    for (const part of partsOf(section).parts) spans.push(part.span);
  }
  for (const paragraph of model.paragraphs) {
    if (paragraph.items.length > 0) spans.push(paragraph.span);
    addItems(paragraph.items);
  }
  return spans.map((span) => lineRange(model, span)).filter((r) => r.endLine > r.startLine);
}
