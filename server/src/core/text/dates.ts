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
  let m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const name = m[2]!.toLowerCase();
    const month = MONTHS.findIndex((full) => full.startsWith(name) && (name.length === 3 || name === full || name === 'sept')) + 1;
    if (month === 0) return undefined;
    return valid({ year: Number(m[3]), month, day: Number(m[1]) });
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return valid({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return valid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return undefined;
}

function valid(date: CalendarDate): CalendarDate | undefined {
  if (date.month < 1 || date.month > 12 || date.day < 1) return undefined;
  const days = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return date.day <= days ? date : undefined;
}
