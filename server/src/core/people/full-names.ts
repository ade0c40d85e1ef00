import type { Span } from '../types';
import data from './given-names.json';
import { isTitle } from './titles';
import { isCapital, isLetter } from './words';

const GIVEN = new Set(data.names);
const NOT_SURNAMES = new Set(data.notSurnames);
const BODIES = new Set(data.bodiesNamedAfterPeople);
/** Words after which a name belongs to something else: "the John Radcliffe", "St Mary Abbots". */
const NAMES_SOMETHING_ELSE = new Set(['the', 'The', 'St', 'Saint']);

/** A capitalised word, or two joined by a hyphen ("Anne-Marie"): a candidate given name. */
const WORD = /\b[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?\b/g;
/** One space and a surname-shaped word: "Jones", "O'Brien", "McDonald", "Smith-Jones". Sticky: tried only where a given name ends. */
const SURNAME = /[ \u00a0]((?:O['’]|Mc|Mac)?[A-Z][a-z]{1,30}(?:-(?:O['’]|Mc|Mac)?[A-Z][a-z]{1,30})?)(?![\w-])/y;
/** What after a surname makes the pair the start of a longer proper name: "John Lewis Partnership", "Sarah Jones and Partners". */
const CONTINUES = /[ \u00a0](?:[A-Z][a-z]|(?:and|&) (?:Partners|Sons|Co)\b)/y;

/**
 * First names followed by a surname ("Sarah Jones", "a letter from David O'Brien"), with any title
 * or middle name before them ("Mrs Sarah Jane Smith"). A name is told from a council, a place or a
 * body by the data in given-names.json: the first word must be a common given name, the second must
 * not be a place or organisation word, and neither may be part of a longer capitalised name.
 */
export function fullNamesIn(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    if (!GIVEN.has(m[0].split('-')[0]!)) continue;
    SURNAME.lastIndex = m.index + m[0].length;
    const surname = SURNAME.exec(text)?.[1];
    if (surname === undefined || !namesAPerson(m[0], surname)) continue;
    const end = SURNAME.lastIndex;
    CONTINUES.lastIndex = end;
    if (CONTINUES.test(text)) continue;
    const start = nameStart(text, m.index);
    if (start !== undefined) spans.push({ start, end });
  }
  return spans;
}

/** Whether the word after a given name makes a person of it, rather than a place, a body or an office. */
function namesAPerson(given: string, surname: string): boolean {
  return !NOT_SURNAMES.has(surname) && !NOT_SURNAMES.has(surname.split('-')[0]!) && !BODIES.has(`${given} ${surname}`);
}

/** Where the name that has its given name at `index` starts, back over titles and middle names; undefined when it is part of something else's name. */
function nameStart(text: string, index: number): number | undefined {
  let start = index;
  for (let steps = 0; steps < 3; steps++) {
    const before = previousWord(text, start);
    if (before === undefined) return start;
    if (isTitle(before.word)) return before.start;
    if (NAMES_SOMETHING_ELSE.has(before.word)) return undefined;
    if (before.dot || !isCapital(before.word[0]!)) return start;
    if (GIVEN.has(before.word)) {
      start = before.start;
      continue;
    }
    return NOT_SURNAMES.has(before.word) || startsSentence(text, before.start) ? start : undefined;
  }
  return start;
}

/** The word one space before `index` (and whether a full stop ends it); by hand, as a regex anchored at the end scans back from every start. */
function previousWord(text: string, index: number): { word: string; start: number; dot: boolean } | undefined {
  let end = index - 1;
  if (text[end] !== ' ' && text[end] !== '\u00a0') return undefined;
  const dot = text[end - 1] === '.';
  if (dot) end--;
  let start = end;
  while (start > 0 && isLetter(text[start - 1]!)) start--;
  return start === end ? undefined : { word: text.slice(start, end), start, dot };
}

/** Whether the word at `index` opens a sentence, a line or a list item, so that its capital says nothing. */
function startsSentence(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const c = text[i - 1];
  return c === undefined || !(isLetter(c) || (c >= '0' && c <= '9') || c === ',' || c === '\'' || c === '’');
}
