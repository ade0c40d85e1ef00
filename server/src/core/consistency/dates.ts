import type { CalendarDate } from '../text/dates';
import { parseUkDate } from '../text/dates';
import type { Span } from '../types';
import type { Region } from './regions';

/** A full date as the body relates events: "3 March 2025", "3rd March 2025" (month in full, house style). */
const FULL_DATE = /\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g;

/**
 * Words that make the date a time limit rather than an event: "by 3 March 2025", "due on ...". A
 * deadline may rightly fall after the decision.
 */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|due(?: on| by)?|deadline(?: of| is)?|no later than|not later than|within|from|after|on or before|expires?(?: on)?|ends?(?: on)?)\s+(?:the\s+)?$/i;

export interface RelatedDate {
  span: Span;
  date: CalendarDate;
}

/** The full dates the regions relate as events, leaving out deadlines. */
export function eventDates(regions: readonly Region[]): RelatedDate[] {
  const dates: RelatedDate[] = [];
  for (const r of regions) {
    for (const m of r.text.matchAll(FULL_DATE)) {
      // Only the few words before the date decide whether it is a limit; a short window keeps this linear.
      if (DEADLINE_BEFORE.test(r.text.slice(Math.max(0, m.index - 24), m.index))) continue;
      const date = parseUkDate(m[0]);
      if (date !== undefined) dates.push({ span: { start: r.span.start + m.index, end: r.span.start + m.index + m[0].length }, date });
    }
  }
  return dates;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
