import { defineRule } from '../engine/rule';
import { fullDates } from '../consistency/dates';
import { daysInMonth, parseUkDate, type CalendarDate } from '../text/dates';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A weekday written just before a date: "Monday 3 March 2025", "Monday, 3rd March 2025", "Monday the 3rd March 2025". */
const WEEKDAY_BEFORE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$/;
/** The longest a weekday and what joins it to its date can be: "Wednesday, the ". */
const WEEKDAY_WINDOW = 16;
/** The day, month and year of a full date the pattern of `fullDates` matched, real or not. */
const WRITTEN = /^(\d{1,2})(?:st|nd|rd|th)? (\w+) (\d{4})$/;

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
      const date = parseUkDate(written);
      if (date === undefined) {
        report({ message: `"${written}" is not a date: ${monthLength(written)}.`, span });
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

/** Why a full date that matched the pattern is not a real day: its month is shorter, or its day is 0. */
function monthLength(written: string): string {
  const [, day, month, year] = WRITTEN.exec(written)!;
  const index = MONTH_NAMES.indexOf(month!);
  if (Number(day) === 0) return 'no month has a day 0';
  return `${month} ${year} has ${daysInMonth(Number(year), index + 1)} days`;
}

/** 0 for Sunday to 6 for Saturday, by the Gregorian calendar. */
function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
