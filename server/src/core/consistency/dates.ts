import type { DecisionModel } from '../model/model';
import type { CalendarDate } from '../text/dates';
import { parseUkDate } from '../text/dates';
import { leadingCount } from '../text/sorted';
import type { Span } from '../types';
import { scanLocally } from '../incremental/document-memo';
import { movedSpan, type LocalScan } from '../incremental/local-scans';
import { oncePer } from '../once-per';

/** A full date as the body relates events: "3 March 2025", "3rd March 2025" (month in full, house style). */
const FULL_DATE = /\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g;

/** The full dates of a statement, scanned line by line: a date's words have single spaces between them. */
const FULL_DATES: LocalScan<Span> = {
  within: 'line',
  find: (text) => Array.from(text.matchAll(FULL_DATE), (m) => ({ start: m.index, end: m.index + m[0].length })),
  moved: movedSpan,
  start: (span) => span.start,
};

/**
 * Words that make the date a time limit rather than an event: "by 3 March 2025", "due on ...". A
 * deadline may rightly fall after the decision.
 */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|due(?: on| by)?|deadline(?: of| is)?|no later than|not later than|within|from|after|on or before|expires?(?: on)?|ends?(?: on)?)\s+(?:the\s+)?$/i;

export interface RelatedDate {
  span: Span;
  date: CalendarDate;
}

/** Every full date of the statement, in text order: found once per model for the rules that read them. */
export const fullDates = oncePer((model: DecisionModel): readonly Span[] => scanLocally(model, FULL_DATES));

/**
 * The full dates that lie within the regions (stretches of whole lines, or a field's value), as events:
 * deadlines left out. The words before a date are read no further back than its region's start.
 */
export function eventDates(model: DecisionModel, regions: readonly Span[]): RelatedDate[] {
  const all = fullDates(model);
  const dates: RelatedDate[] = [];
  for (const region of regions) {
    for (let i = leadingCount(all.length, (k) => all[k]!.start < region.start); i < all.length && all[i]!.start < region.end; i++) {
      const span = all[i]!;
      if (span.end > region.end) continue;
      // Only the few words before the date decide whether it is a limit; a short window keeps this linear.
      if (DEADLINE_BEFORE.test(model.text.slice(Math.max(region.start, span.start - 24), span.start))) continue;
      const date = parseUkDate(model.text.slice(span.start, span.end));
      if (date !== undefined) dates.push({ span, date });
    }
  }
  return dates;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
