import { defineRule } from '../engine/rule';
import { fullDates } from '../consistency/dates';
import { daysInMonth, realDay, wordedDate, type CalendarDate } from '../text/dates';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A weekday written just before a date: "Monday 3 March 2025", "Monday, 3rd March 2025", "Monday the 3rd March 2025". */
const WEEKDAY_BEFORE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$/;
/** The longest a weekday and what joins it to its date can be: "Wednesday, the ". */
const WEEKDAY_WINDOW = 16;

export default defineRule({
  meta: {
    id: 'consistency-calendar',
    description: 'A full date does not exist, or the weekday written with it is not the day it fell on.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ model, report, slice }) {
    const decisionDate = model.frontMatter.date?.valueSpan;
    for (const span of fullDates(model)) {
      // The Decision date line has a rule of its own, front-matter-date.
      if (decisionDate !== undefined && span.start >= decisionDate.start && span.end <= decisionDate.end) continue;
      const written = slice(span);
      // Every full date has its month in words, so it has a day, a month and a year.
      const parts = wordedDate(written)!;
      const date = realDay(parts);
      if (date === undefined) {
        report({ message: `"${written}" is not a date: ${whyNot(parts, written)}.`, span });
        continue;
      }
      const before = model.text.slice(Math.max(0, span.start - WEEKDAY_WINDOW), span.start);
      const weekday = WEEKDAY_BEFORE.exec(before);
      if (weekday === null) continue;
      const actual = WEEKDAYS[weekdayOf(date)]!;
      if (weekday[1] === actual) continue;
      report({
        message: `${written} is a ${actual}, not a ${weekday[1]}: the weekday or the date is wrong.`,
        span: { start: span.start - (before.length - weekday.index), end: span.end },
      });
    }
  },
});

/** Why a day that is written is not a real one: its month is shorter, or it is day 0. */
function whyNot(parts: CalendarDate, written: string): string {
  if (parts.day === 0) return 'no month has a day 0';
  const month = written.split(' ')[1]!;
  return `${month} ${parts.year} has ${daysInMonth(parts.year, parts.month)} days`;
}

/** 0 for Sunday to 6 for Saturday, by the Gregorian calendar. */
function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
