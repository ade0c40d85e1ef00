import * as z from 'zod';
import { lazySchema } from '../lazy-schema';
import { daysInMonth, parseIsoDate, type CalendarDate } from '../text/dates';
import { BUILT_IN_BANK_HOLIDAYS } from '../built-ins';

/** The calendars whose bank holidays a count in working days skips; a profile names its office's. */
export const CALENDARS = ['england-and-wales', 'scotland'] as const;
export type CalendarId = (typeof CALENDARS)[number];

export const DEFAULT_CALENDAR: CalendarId = 'england-and-wales';

/** A bank holidays file: the years it covers and the dates. */
export const bankHolidaysSchema = lazySchema(() =>
  z.object({
    region: z.string(),
    note: z.string(),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  }),
);

export type BankHolidaysData = z.infer<ReturnType<typeof bankHolidaysSchema>>;

interface BankHolidays {
  firstYear: number;
  lastYear: number;
  dates: Set<string>;
}

const holidays = new Map<CalendarId, BankHolidays>();

/** A calendar's bank holidays, as data: the years they cover and the dates. */
export function bankHolidays(calendar: CalendarId): BankHolidays {
  let found = holidays.get(calendar);
  if (found === undefined) {
    const parsed = BUILT_IN_BANK_HOLIDAYS[calendar];
    found = { firstYear: parsed.firstYear, lastYear: parsed.lastYear, dates: new Set(parsed.dates) };
    holidays.set(calendar, found);
  }
  return found;
}

/** A rule option holding a date, written YYYY-MM-DD as config files write dates; for a rule's options schema. */
export function isoDateOption() {
  return z.string().refine((s) => parseIsoDate(s) !== undefined, 'expected a date written YYYY-MM-DD');
}

export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function fromUtc(time: number): CalendarDate {
  const d = new Date(time);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function utc(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(utc(date) + days * 86_400_000);
}

/** A month after 31 January is the last day of February: the day is kept where the month has it. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function isWorkingDay(date: CalendarDate, calendar: CalendarId): boolean {
  const weekday = new Date(utc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidays(calendar).dates.has(isoDate(date));
}

/**
 * The day that is the n-th working day after `date`, or undefined when the count runs outside the
 * years the calendar's bank-holiday data covers (a guess there would give a wrong date with confidence).
 */
export function addWorkingDays(date: CalendarDate, days: number, calendar: CalendarId): CalendarDate | undefined {
  const { firstYear, lastYear } = bankHolidays(calendar);
  let current = date;
  for (let counted = 0; counted < days; ) {
    current = addDays(current, 1);
    if (current.year < firstYear || current.year > lastYear) return undefined;
    if (isWorkingDay(current, calendar)) counted++;
  }
  return date.year < firstYear ? undefined : current;
}
