import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueDate, isoDate, isWorkingDay, parseIsoDate, type CalendarDate, type DeadlineTerm } from '../../server/src/core/index';
import { CALENDARS, type CalendarId } from '../../server/src/core/remedies/calendar';
import englandAndWales from '../../server/src/core/remedies/bank-holidays.json';
import scotland from '../../server/src/core/remedies/bank-holidays-scotland.json';

const DATA: Record<CalendarId, typeof englandAndWales> = { 'england-and-wales': englandAndWales, scotland };

const date = (iso: string): CalendarDate => parseIsoDate(iso)!;

function due(iso: string, quantity: number, unit: 'month' | 'week' | 'day' | 'working-day', calendar: CalendarId = 'england-and-wales'): string | undefined {
  const term: DeadlineTerm = { kind: 'period', quantity, unit, anchor: { kind: 'final-decision', stated: true }, calendar };
  const result = dueDate(term, date(iso));
  return result && isoDate(result);
}

/**
 * Dates GOV.UK and the Scottish Government list, including every substitute and one-off day of the
 * period, and days that are not bank holidays there although a rule would once have made them so
 * (or, for Scotland, that are England's only: Easter Monday, the last Monday of August).
 */
const PUBLISHED: Record<CalendarId, { holidays: string[]; not: string[] }> = {
  'england-and-wales': {
    holidays: [
      '2015-12-28', '2016-12-26', '2016-12-27', '2017-01-02', '2020-05-08', '2020-12-28', '2021-12-27', '2021-12-28',
      '2022-01-03', '2022-06-02', '2022-06-03', '2022-09-19', '2022-12-26', '2022-12-27', '2023-01-02', '2023-05-01',
      '2023-05-08', '2024-03-29', '2024-04-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25',
      '2025-12-25', '2025-12-26', '2027-12-27', '2027-12-28',
    ],
    not: ['2020-05-04', '2022-05-30', '2021-12-25', '2023-01-01', '2024-05-20', '2024-01-02', '2024-12-02'],
  },
  scotland: {
    holidays: [
      '2017-01-02', '2017-01-03', '2020-05-08', '2020-11-30', '2021-01-01', '2021-01-04', '2021-08-02', '2021-11-30',
      '2021-12-27', '2021-12-28', '2022-01-03', '2022-01-04', '2022-06-02', '2022-06-03', '2022-09-19', '2023-01-02',
      '2023-01-03', '2023-04-07', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-07', '2023-11-30', '2024-12-02',
      '2025-08-04', '2025-12-01',
    ],
    not: ['2020-05-04', '2022-05-30', '2024-04-01', '2025-04-21', '2024-08-26', '2025-08-25', '2024-11-29', '2023-12-27'],
  },
};

for (const calendar of CALENDARS) {
  test(`the ${calendar} bank-holiday data holds the days published, substitutes and one-offs included`, () => {
    const { dates } = DATA[calendar];
    for (const day of PUBLISHED[calendar].holidays) assert.ok(dates.includes(day), day);
    for (const day of PUBLISHED[calendar].not) assert.ok(!dates.includes(day), day);
  });
}

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

/** A fixed day at a weekend moves to the Monday after. */
const weekdayOrMonday = (day: CalendarDate) => (weekday(day) === 6 ? shift(day, 2) : weekday(day) === 0 ? shift(day, 1) : day);

/** Two fixed days running (Christmas and Boxing Day; 1 and 2 January in Scotland): each at a weekend moves to the next weekday free of the other. */
function fixedPair(first: CalendarDate): CalendarDate[] {
  if ([5, 6].includes(weekday(first))) return [weekday(first) === 5 ? first : shift(first, 2), shift(first, 3)];
  return weekday(first) === 0 ? [shift(first, 1), shift(first, 2)] : [first, shift(first, 1)];
}

/** The standing rules: fixed days move to the next weekday free of another holiday; the rest are Mondays. */
function standingDays(year: number, calendar: CalendarId): string[] {
  const newYear = { year, month: 1, day: 1 };
  const days =
    calendar === 'scotland'
      ? [...fixedPair(newYear), shift(easter(year), -2), monday(year, 8, false), weekdayOrMonday({ year, month: 11, day: 30 })]
      : [weekdayOrMonday(newYear), shift(easter(year), -2), shift(easter(year), 1), monday(year, 8, true)];
  days.push(monday(year, 5, false), monday(year, 5, true), ...fixedPair({ year, month: 12, day: 25 }));
  return days.map(isoDate);
}

/** Proclamations for the years the data covers, in both calendars: days moved, and days added. */
const MOVED: Record<string, string> = { '2020-05-04': '2020-05-08', '2022-05-30': '2022-06-02' };
const ADDED = ['2022-06-03', '2022-09-19', '2023-05-08'];

for (const calendar of CALENDARS) {
  test(`the ${calendar} bank-holiday data is exactly the standing days of 2015 to 2030 with the proclaimed changes`, () => {
    const data = DATA[calendar];
    assert.deepEqual([data.firstYear, data.lastYear], [2015, 2030]);
    const expected = [...ADDED];
    for (let year = data.firstYear; year <= data.lastYear; year++) expected.push(...standingDays(year, calendar).map((d) => MOVED[d] ?? d));
    assert.deepEqual([...data.dates].sort(), expected.sort());
  });

  test(`every bank holiday in the ${calendar} data falls on a weekday`, () => {
    assert.deepEqual(DATA[calendar].dates.filter((d) => [0, 6].includes(weekday(date(d)))), []);
  });
}

test('working days skip weekends and bank holidays', () => {
  assert.equal(isWorkingDay(date('2022-09-19'), 'england-and-wales'), false);
  assert.equal(isWorkingDay(date('2022-09-20'), 'england-and-wales'), true);
  assert.equal(isWorkingDay(date('2024-03-30'), 'england-and-wales'), false);
  // Thursday 21 December 2023: Friday 22nd, then Wednesday 27th after Christmas and Boxing Day.
  assert.equal(due('2023-12-21', 2, 'working-day'), '2023-12-27');
  // Easter 2024: Thursday 28 March, then Tuesday 2 April.
  assert.equal(due('2024-03-28', 1, 'working-day'), '2024-04-02');
  assert.equal(due('2024-09-02', 30, 'working-day'), '2024-10-14');
});

test('Scottish working days skip 2 January, St Andrew\'s Day and the first Monday of August, and count Easter Monday', () => {
  const nextWorkingDay = (iso: string) => CALENDARS.map((calendar) => due(iso, 1, 'working-day', calendar));
  // [England and Wales, Scotland]. Tuesday 31 December 2024: 1 January in both, 2 January in Scotland.
  assert.deepEqual(nextWorkingDay('2024-12-31'), ['2025-01-02', '2025-01-03']);
  // Friday 29 November 2024: St Andrew's Day is a Saturday, so Scotland has Monday 2 December off.
  assert.deepEqual(nextWorkingDay('2024-11-29'), ['2024-12-02', '2024-12-03']);
  assert.deepEqual(nextWorkingDay('2024-03-28'), ['2024-04-02', '2024-04-01']);
  assert.deepEqual(nextWorkingDay('2024-08-02'), ['2024-08-05', '2024-08-06']);
  assert.deepEqual(nextWorkingDay('2024-08-23'), ['2024-08-27', '2024-08-26']);
  assert.equal(isWorkingDay(date('2023-11-30'), 'scotland'), false);
  assert.equal(isWorkingDay(date('2023-11-30'), 'england-and-wales'), true);
  assert.equal(due('2030-12-20', 10, 'working-day', 'scotland'), undefined);
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
  const fromPanel: DeadlineTerm = { kind: 'period', quantity: 20, unit: 'working-day', anchor: { kind: 'event', text: 'the panel hearing' }, calendar: 'england-and-wales' };
  assert.equal(dueDate(fromPanel, date('2024-09-02')), undefined);
  assert.equal(dueDate({ kind: 'statutory' }, date('2024-09-02')), undefined);
  assert.equal(isoDate(dueDate({ kind: 'date', date: date('2024-06-30') }, undefined)!), '2024-06-30');
});

test('an ISO date is read only when the day exists', () => {
  assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  assert.equal(parseIsoDate('2023-02-29'), undefined);
  assert.equal(parseIsoDate('2023-2-1'), undefined);
  // The century rule: 1900 and 2100 have no 29 February, 2000 has one.
  assert.equal(parseIsoDate('1900-02-29'), undefined);
  assert.deepEqual(parseIsoDate('2000-02-29'), { year: 2000, month: 2, day: 29 });
  assert.equal(parseIsoDate('2100-02-29'), undefined);
  assert.deepEqual(parseIsoDate('2024-04-30'), { year: 2024, month: 4, day: 30 });
  assert.equal(parseIsoDate('2024-04-31'), undefined);
  assert.deepEqual(parseIsoDate('2024-12-31'), { year: 2024, month: 12, day: 31 });
});
