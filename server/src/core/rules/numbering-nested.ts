import type { ListItem } from '../model/model';
import type { Report } from '../types';
import { defineRule } from '../engine/rule';
import { markerText, replace } from './util';

export default defineRule({
  meta: {
    id: 'numbering-nested',
    description: 'A nested list inside a paragraph skips, repeats or mixes its numbers or letters.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    for (const paragraph of model.paragraphs) checkList(paragraph.items, report);
  },
});

/** Each nested list counts from 1 (or a, or i) in the style of its first item. */
function checkList(items: ListItem[], report: (r: Report) => void): void {
  const first = items[0];
  if (first === undefined) return;
  items.forEach((item, i) => {
    const expected = i + 1;
    const styleSlip = item.marker.style !== first.marker.style || punctuationOf(item.marker.text) !== punctuationOf(first.marker.text);
    if (item.marker.value !== expected || styleSlip) {
      const want = markerText(first.marker, expected);
      report({
        message: styleSlip
          ? `List item "${item.marker.text}" changes style within its list; expected "${want}".`
          : `List item "${item.marker.text}" is out of sequence; expected "${want}".`,
        span: item.marker.span,
        fix: replace(item.marker.span, want),
      });
    }
    checkList(item.children, report);
  });
}

/** A marker's brackets and stop without its number or letter: "a)" and "b)" alike, "b." and "(b)" not. */
function punctuationOf(marker: string): string {
  return marker.replace(/[\da-z]+/gi, '');
}
