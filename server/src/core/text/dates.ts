const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const HOUSE_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The house writes decision dates as `08 Mar 2022`. */
export const HOUSE_DATE = /^(\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})$/;

export function formatHouseDate(date: CalendarDate): string {
  return `${String(date.day).padStart(2, '0')} ${HOUSE_MONTHS[date.month - 1]} ${date.year}`;
}

/**
 * Reads the ways a date gets typed: "8 March 2022", "08 Mar 2022", "8th March 2022", "08/03/2022"
 * (day first, as in the UK) and "2022-03-08". Returns undefined for anything else or an impossible day.
 */
export function parseUkDate(text: string): CalendarDate | undefined {
  const t = text.trim();
  const worded = wordedDate(t);
  if (worded) return realDay(worded);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return realDay({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  return parseIsoDate(t);
}

/** A date with its month in words: "8 March 2022", "08 Mar 2022", "8th March 2022". */
const WORDED = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

/**
 * The day, month and year of a date with its month in words, whether or not the month has that day
 * ("30 February 2026" is day 30 of month 2); undefined when it is not such a date.
 */
export function wordedDate(text: string): CalendarDate | undefined {
  const m = WORDED.exec(text.trim());
  if (m === null) return undefined;
  const name = m[2]!.toLowerCase();
  const month = MONTHS.findIndex((full) => full.startsWith(name) && (name.length === 3 || name === full || name === 'sept')) + 1;
  return month === 0 ? undefined : { year: Number(m[3]), month, day: Number(m[1]) };
}

/** A date written YYYY-MM-DD, when it is a real day. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m === null ? undefined : realDay({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

/** The date, when its month and day exist: not 31 April, nor 29 February outside a leap year. */
export function realDay(date: CalendarDate): CalendarDate | undefined {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month) ? date : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The number of days in a month (1 to 12) of the Gregorian calendar. By rule rather than from a Date
 * for day 0 of the next month, which cost a hundredth of a lint: every full date of a statement is
 * checked with it.
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
