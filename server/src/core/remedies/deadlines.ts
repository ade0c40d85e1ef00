import { daysInMonth, parseUkDate, type CalendarDate } from '../text/dates';
import type { Deadline, DeadlineAnchor, DeadlineTerm, VagueTime } from './types';
import { readNumber } from './numbers';
import { vocabulary, type Vocabulary } from './vocabulary';
import type { Token } from './words';

/** Longest event the parser reads after "of the": "the date of the final decision on this complaint". */
const MAX_EVENT_WORDS = 10;

export interface TimeWords {
  deadlines: Deadline[];
  vague: VagueTime[];
}

/**
 * The deadlines and the vague time words in a run of tokens. Each start word ("within", "by") is read
 * forward a bounded number of tokens, so the whole run is read in linear time.
 */
export function timeWordsIn(text: string, tokens: readonly Token[], v: Vocabulary = vocabulary()): TimeWords {
  const found: TimeWords = { deadlines: [], vague: [] };
  for (let i = 0; i < tokens.length; i++) {
    const vague = v.vague.longestAt(tokens, i);
    if (vague !== undefined) {
      found.vague.push(spanned(text, tokens, i, vague.end, (span, words) => ({ span, text: words })));
      i = vague.end - 1;
      continue;
    }
    const start = v.starts.longestAt(tokens, i);
    if (start === undefined) continue;
    const read = readTerm(text, tokens, start.end, v);
    if (read === undefined) continue;
    found.deadlines.push(spanned(text, tokens, i, read.end, (span, words) => ({ span, text: words, term: read.term })));
    i = read.end - 1;
  }
  return found;
}

function spanned<T>(text: string, tokens: readonly Token[], from: number, to: number, make: (span: { start: number; end: number }, words: string) => T): T {
  const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
  return make(span, text.slice(span.start, span.end).replace(/\s+/g, ' '));
}

function readTerm(text: string, tokens: readonly Token[], at: number, v: Vocabulary): { term: DeadlineTerm; end: number } | undefined {
  const statutory = v.statutory.longestAt(tokens, at);
  if (statutory !== undefined) return { term: { kind: 'statutory' }, end: statutory.end };
  const date = readDate(text, tokens, at);
  if (date !== undefined) return { term: { kind: 'date', date: date.date }, end: date.end };
  const number = readNumber(tokens, v.fillers.longestAt(tokens, at)?.end ?? at, { article: true });
  if (number === undefined || number.value <= 0) return undefined;
  const unit = v.units.longestAt(tokens, skipBracketedFigure(tokens, number.next));
  if (unit === undefined) return undefined;
  const anchor = readAnchor(text, tokens, unit.end, v);
  const quantity = number.value * unit.value.times;
  return { term: { kind: 'period', quantity, unit: unit.value.unit, anchor: anchor?.anchor ?? { kind: 'final-decision', stated: false }, calendar: v.calendar }, end: anchor?.end ?? unit.end };
}

/** "one (1) month": the figure repeats the words. */
function skipBracketedFigure(tokens: readonly Token[], at: number): number {
  const [open, figure, close] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  return open?.lower === '(' && figure !== undefined && /^\d+$/.test(figure.lower) && close?.lower === ')' ? at + 3 : at;
}

function readAnchor(text: string, tokens: readonly Token[], at: number, v: Vocabulary): { anchor: DeadlineAnchor; end: number } | undefined {
  const link = tokens[at];
  if (link === undefined || !link.isWord || !v.anchors.has(link.lower)) return undefined;
  let end = at + 1;
  while (end < tokens.length && end - at <= MAX_EVENT_WORDS && tokens[end]!.isWord && (end === at + 1 || !v.eventEnds.has(tokens[end]!.lower))) end++;
  if (end === at + 1) return undefined;
  const event = tokens.slice(at + 1, end);
  if (v.finalDecision.find(event) !== undefined) return { anchor: { kind: 'final-decision', stated: true }, end };
  return { anchor: { kind: 'event', text: text.slice(event[0]!.start, event[event.length - 1]!.end).replace(/\s+/g, ' ') }, end };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "30 June 2024", "30th June 2024", "30/06/2024" and "the end of June 2024". */
function readDate(text: string, tokens: readonly Token[], at: number): { date: CalendarDate; end: number } | undefined {
  const words = tokens.slice(at, at + 5);
  if (words.length >= 3 && words.slice(0, 3).every((t) => t.isWord)) {
    const date = parseUkDate(text.slice(words[0]!.start, words[2]!.end));
    if (date !== undefined) return { date, end: at + 3 };
  }
  if (words.length === 5 && words[1]!.lower === '/' && words[3]!.lower === '/') {
    const date = parseUkDate(text.slice(words[0]!.start, words[4]!.end));
    if (date !== undefined) return { date, end: at + 5 };
  }
  if (words.length === 5 && words[0]!.lower === 'the' && words[1]!.lower === 'end' && words[2]!.lower === 'of') {
    const month = MONTHS.findIndex((m) => m === words[3]!.lower || (words[3]!.lower.length >= 3 && m.startsWith(words[3]!.lower))) + 1;
    if (month > 0 && /^\d{4}$/.test(words[4]!.lower)) {
      const year = Number(words[4]!.lower);
      return { date: { year, month, day: daysInMonth(year, month) }, end: at + 5 };
    }
  }
  return undefined;
}
