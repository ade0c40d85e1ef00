import type { CalendarDate } from '../../core';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Monday 14 Apr 2024": the house's date form, with the weekday a deadline needs. */
export function longDate(date: CalendarDate): string {
  const weekday = DAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
  return `${weekday} ${String(date.day).padStart(2, '0')} ${MONTHS[date.month - 1]} ${date.year}`;
}
