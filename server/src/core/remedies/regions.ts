import type { DecisionModel, Heading, Paragraph } from '../model/model';
import { normaliseHeading } from '../text/normalise';
import type { Span } from '../types';
import { vocabularyOf } from './vocabulary';
import { concatMap } from '../arrays';

/** The stretch of a statement under a remedy heading, and the paragraphs and loose lines in it. */
export interface Region {
  heading: Heading;
  kind: 'agreed' | 'recommended';
  units: Unit[];
}

/** A numbered paragraph, or a run of unnumbered lines with no blank line between them. */
export type Unit = { kind: 'paragraph'; paragraph: Paragraph; span: Span } | { kind: 'loose'; span: Span };

/**
 * Agreed action sections, and recommended-action headings where an office uses them. A recommended
 * heading the house does not know is parsed as a sub-heading of the section before it, so it runs to
 * the next heading of any level; the Agreed action section runs to the next section.
 */
export function remedyRegions(model: DecisionModel): Region[] {
  const agreed = new Set(model.sections.filter((s) => s.id === 'agreed-action').map((s) => s.heading));
  const recommended = vocabularyOf(model.profile).recommendedHeadings;
  const regions: Region[] = [];
  let insideAgreed = false;
  model.headings.forEach((heading, k) => {
    if (heading.level === 'section') insideAgreed = agreed.has(heading);
    const kind = agreed.has(heading) ? 'agreed' : !insideAgreed && recommended.has(normaliseHeading(heading.text)) ? 'recommended' : undefined;
    if (kind === undefined) return;
    const next = model.headings.slice(k + 1).find((h) => kind === 'recommended' || h.level === 'section');
    const end = Math.min(next?.span.start ?? model.text.length, model.signoff && model.signoff.start > heading.span.end ? model.signoff.start : model.text.length);
    regions.push({ heading, kind, units: unitsBetween(model, heading.span.end, end) });
  });
  return regions;
}

function unitsBetween(model: DecisionModel, start: number, end: number): Unit[] {
  const inside = (span: Span) => span.start >= start && span.start < end;
  const paragraphs: Unit[] = model.paragraphs.filter((p) => inside(p.span)).map((paragraph) => ({ kind: 'paragraph', paragraph, span: paragraph.span }));
  const loose = concatMap(model.sections, (s) => s.looseText).filter(inside).sort((a, b) => a.start - b.start);
  return [...paragraphs, ...joinLines(model, loose).map((span): Unit => ({ kind: 'loose', span }))].sort((a, b) => a.span.start - b.span.start);
}

/** Loose lines are kept one by one in the model; consecutive ones are one paragraph of text. */
function joinLines(model: DecisionModel, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last !== undefined && model.index.positionAt(span.start).line === model.index.positionAt(last.end).line + 1) last.end = span.end;
    else joined.push({ ...span });
  }
  return joined;
}
