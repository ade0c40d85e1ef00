import type { CalendarDate } from '../text/dates';
import type { DeadlineTerm } from './types';
import { addDays, addMonths, addWorkingDays } from './calendar';

/**
 * The date a deadline falls due, counted from the final decision's date. A deadline that runs from
 * another event ("of the panel hearing") or from a statute has no date the text can fix.
 */
export function dueDate(term: DeadlineTerm, decisionDate: CalendarDate | undefined): CalendarDate | undefined {
  if (term.kind === 'date') return term.date;
  if (term.kind === 'statutory' || term.anchor.kind === 'event' || decisionDate === undefined) return undefined;
  const due = countFrom(decisionDate, term);
  return due !== undefined && due.year <= 9999 ? due : undefined;
}

function countFrom(date: CalendarDate, { quantity, unit, calendar }: Extract<DeadlineTerm, { kind: 'period' }>): CalendarDate | undefined {
  // Past about a century no deadline is meant, and the arithmetic would leave the calendar.
  if (quantity > 36_500) return undefined;
  switch (unit) {
    case 'month':
      return addMonths(date, quantity);
    case 'week':
      return addDays(date, quantity * 7);
    case 'day':
      return addDays(date, quantity);
    case 'working-day':
      return addWorkingDays(date, quantity, calendar);
  }
}
