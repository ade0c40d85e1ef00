import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueDate, isoDate, isWorkingDay, parseIsoDate, type CalendarDate, type DeadlineTerm } from '../../server/src/core/index';
import data from '../../server/src/core/remedies/bank-holidays.json';

const date = (iso: string): CalendarDate => parseIsoDate(iso)!;

function due(iso: string, quantity: number, unit: 'month' | 'week' | 'day' | 'working-day'): string | undefined {
  const term: DeadlineTerm = { kind: 'period', quantity, unit, anchor: { kind: 'final-decision', stated: true } };
  const result = dueDate(term, date(iso));
  return result && isoDate(result);
}

/** Dates GOV.UK lists for England and Wales, including every substitute and one-off day of the period. */
const PUBLISHED = [
  '2015-12-28', '2016-12-26', '2016-12-27', '2017-01-02', '2020-05-08', '2020-12-28', '2021-12-27', '2021-12-28',
  '2022-01-03', '2022-06-02', '2022-06-03', '2022-09-19', '2022-12-26', '2022-12-27', '2023-01-02', '2023-05-01',
  '2023-05-08', '2024-03-29', '2024-04-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25',
  '2025-12-25', '2025-12-26', '2027-12-27', '2027-12-28',
];

/** Days that are not bank holidays although a rule would once have made them so. */
const NOT_HOLIDAYS = ['2020-05-04', '2022-05-30', '2021-12-25', '2023-01-01', '2024-05-20'];

test('the bank-holiday data holds the days GOV.UK publishes, substitutes and one-offs included', () => {
  for (const day of PUBLISHED) assert.ok(data.dates.includes(day), day);
  for (const day of NOT_HOLIDAYS) assert.ok(!data.dates.includes(day), day);
});

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus). */
function easter(year: number): CalendarDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

function shift(day: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const weekday = (day: CalendarDate) => new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();

function monday(year: number, month: number, last: boolean): CalendarDate {
  let day: CalendarDate = last ? { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() } : { year, month, day: 1 };
  while (weekday(day) !== 1) day = shift(day, last ? -1 : 1);
  return day;
}

/** The standing rules: fixed days move to the next weekday free of another holiday; the rest are Mondays. */
function standingDays(year: number): string[] {
  const newYear = { year, month: 1, day: 1 };
  const christmas = { year, month: 12, day: 25 };
  const christmasDays = [5, 6].includes(weekday(christmas))
    ? [weekday(christmas) === 5 ? christmas : shift(christmas, 2), shift(christmas, 3)]
    : weekday(christmas) === 0 ? [shift(christmas, 1), shift(christmas, 2)] : [christmas, shift(christmas, 1)];
  const days = [
    weekday(newYear) === 6 ? shift(newYear, 2) : weekday(newYear) === 0 ? shift(newYear, 1) : newYear,
    shift(easter(year), -2),
    shift(easter(year), 1),
    monday(year, 5, false),
    monday(year, 5, true),
    monday(year, 8, true),
    ...christmasDays,
  ];
  return days.map(isoDate);
}

/** Proclamations for the years the data covers: days moved, and days added. */
const MOVED: Record<string, string> = { '2020-05-04': '2020-05-08', '2022-05-30': '2022-06-02' };
const ADDED = ['2022-06-03', '2022-09-19', '2023-05-08'];

test('the bank-holiday data is exactly the standing days of 2015 to 2030 with the proclaimed changes', () => {
  const expected = [...ADDED];
  for (let year = data.firstYear; year <= data.lastYear; year++) expected.push(...standingDays(year).map((d) => MOVED[d] ?? d));
  assert.deepEqual([...data.dates].sort(), expected.sort());
});

test('every bank holiday in the data falls on a weekday', () => {
  assert.deepEqual(data.dates.filter((d) => [0, 6].includes(weekday(date(d)))), []);
});

test('working days skip weekends and bank holidays', () => {
  assert.equal(isWorkingDay(date('2022-09-19')), false);
  assert.equal(isWorkingDay(date('2022-09-20')), true);
  assert.equal(isWorkingDay(date('2024-03-30')), false);
  // Thursday 21 December 2023: Friday 22nd, then Wednesday 27th after Christmas and Boxing Day.
  assert.equal(due('2023-12-21', 2, 'working-day'), '2023-12-27');
  // Easter 2024: Thursday 28 March, then Tuesday 2 April.
  assert.equal(due('2024-03-28', 1, 'working-day'), '2024-04-02');
  assert.equal(due('2024-09-02', 30, 'working-day'), '2024-10-14');
});

test('a month on is the same day of the next month, or its last day when it has no such day', () => {
  assert.equal(due('2022-03-08', 1, 'month'), '2022-04-08');
  assert.equal(due('2023-01-31', 1, 'month'), '2023-02-28');
  assert.equal(due('2024-01-31', 1, 'month'), '2024-02-29');
  assert.equal(due('2023-11-30', 3, 'month'), '2024-02-29');
  assert.equal(due('2023-12-15', 1, 'month'), '2024-01-15');
});

test('weeks and calendar days count every day', () => {
  assert.equal(due('2024-02-26', 1, 'week'), '2024-03-04');
  assert.equal(due('2024-09-02', 65, 'day'), '2024-11-06');
});

test('a count in working days beyond the data gives no date rather than a guess', () => {
  assert.equal(due('2030-12-20', 10, 'working-day'), undefined);
  assert.equal(due('2014-12-01', 5, 'working-day'), undefined);
});

test('a deadline from another event, or set by statute, has no due date', () => {
  const fromPanel: DeadlineTerm = { kind: 'period', quantity: 20, unit: 'working-day', anchor: { kind: 'event', text: 'the panel hearing' } };
  assert.equal(dueDate(fromPanel, date('2024-09-02')), undefined);
  assert.equal(dueDate({ kind: 'statutory' }, date('2024-09-02')), undefined);
  assert.equal(isoDate(dueDate({ kind: 'date', date: date('2024-06-30') }, undefined)!), '2024-06-30');
});

test('an ISO date is read only when the day exists', () => {
  assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  assert.equal(parseIsoDate('2023-02-29'), undefined);
  assert.equal(parseIsoDate('2023-2-1'), undefined);
});
