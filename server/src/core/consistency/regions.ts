import type { DecisionModel } from '../model/model';
import type { Span } from '../types';

/** A stretch of the statement a consistency check reads, with the offset its matches are measured from. */
export interface Region {
  span: Span;
  text: string;
}

/** The body of every section with one of these house ids, heading excluded, in document order. */
export function sectionRegions(model: DecisionModel, ids: readonly string[]): Region[] {
  return model.sections
    .filter((s) => s.id !== undefined && ids.includes(s.id))
    .map((s) => region(model, { start: s.heading.span.end, end: s.span.end }));
}

/** The Summary's words, after its label. */
export function summaryRegion(model: DecisionModel): Region | undefined {
  const summary = model.frontMatter.summary;
  return summary === undefined ? undefined : region(model, summary.valueSpan);
}

export function region(model: DecisionModel, span: Span): Region {
  return { span, text: model.text.slice(span.start, span.end) };
}

/** Every match of a global pattern in the regions, as spans of the whole statement. */
export function matchesIn(regions: readonly Region[], pattern: RegExp): Span[] {
  const spans: Span[] = [];
  for (const r of regions) {
    for (const m of r.text.matchAll(pattern)) spans.push({ start: r.span.start + m.index, end: r.span.start + m.index + m[0].length });
  }
  return spans;
}
