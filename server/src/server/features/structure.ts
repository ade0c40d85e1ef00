import type { DecisionModel, Span, Heading, ListItem, Paragraph, Section } from '../../core';

/** A sub-heading with what it holds, up to the next sub-heading or the end of its section. */
export interface Part {
  heading: Heading;
  span: Span;
  paragraphs: Paragraph[];
}

/** A section's body split at its sub-headings; `lead` is what comes before the first. */
export function partsOf(section: Section): { lead: Paragraph[]; parts: Part[] } {
  const starts = section.subheadings.map((h) => h.span.start);
  const lead = section.paragraphs.filter((p) => starts.length === 0 || p.span.start < starts[0]!);
  const parts = section.subheadings.map((heading, i) => {
    const next = starts[i + 1] ?? Infinity;
    const inside = (s: Span) => s.start > heading.span.start && s.start < next;
    const paragraphs = section.paragraphs.filter((p) => inside(p.span));
    const end = Math.max(heading.span.end, ...paragraphs.map((p) => p.span.end), ...section.looseText.filter(inside).map((s) => s.end));
    return { heading, span: { start: heading.span.start, end }, paragraphs };
  });
  return { lead, parts };
}

/** An item's own line and every item nested under it. */
export function itemSpan(item: ListItem): Span {
  const last = item.children[item.children.length - 1];
  return { start: item.span.start, end: last ? itemSpan(last).end : item.span.end };
}

/** The house name of a section or sub-heading where it has one, else the words as typed. */
export function headingName(model: DecisionModel, heading: Heading): string {
  if (heading.match === undefined) return heading.text;
  return model.profile.sectionById.get(heading.match.sectionId)?.heading ?? heading.match.canonical;
}

/** The section a position belongs to: the last whose heading starts before it, blank lines included. */
export function sectionAt(model: DecisionModel, offset: number): Section | undefined {
  let found: Section | undefined;
  for (const section of model.sections) {
    if (section.heading.span.start > offset) break;
    found = section;
  }
  return found;
}

/** A label from the start of a text: "12. The Council did not reply to Mr B's letter of…". */
export function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}
