import type { Span } from '../types';
import data from './given-names.json';
import { isTitle } from './titles';
import { HYPHEN, isCapital, isCapitalCode, isLetter, isLowerCode, isWordCode } from './words';

const GIVEN = new Set(data.names);
/**
 * A given name standing as a word (or as the first part of "Anne-Marie"). The regex engine finds the
 * few of them far faster than a loop over every capitalised word could; only names of the shape
 * capitalisedWordAt reads can ever match, so the others are left out.
 */
const GIVEN_NAME = new RegExp(`\\b(?:${data.names.filter((name) => /^[A-Z][a-z]{1,20}$/.test(name)).join('|')})(?!\\w)`, 'g');
const NOT_SURNAMES = new Set(data.notSurnames);
const BODIES = new Set(data.bodiesNamedAfterPeople);
/** Words after which a name belongs to something else: "the John Radcliffe", "St Mary Abbots". */
const NAMES_SOMETHING_ELSE = new Set(['the', 'The', 'St', 'Saint']);

/** One space and a surname-shaped word: "Jones", "O'Brien", "McDonald", "Smith-Jones". Sticky: tried only where a given name ends. */
const SURNAME = /[ \u00a0]((?:O['\u2019]|Mc|Mac)?[A-Z][a-z]{1,30}(?:-(?:O['\u2019]|Mc|Mac)?[A-Z][a-z]{1,30})?)(?![\w-])/y;
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
  const hyphenated = new HyphenChains(text);
  GIVEN_NAME.lastIndex = 0;
  for (let m = GIVEN_NAME.exec(text); m !== null; m = GIVEN_NAME.exec(text)) {
    const word = capitalisedWordAt(text, m.index);
    if (word === undefined || !hyphenated.startsAWord(m.index)) continue;
    SURNAME.lastIndex = word.end;
    const surname = SURNAME.exec(text)?.[1];
    if (surname === undefined || !namesAPerson(text.slice(word.start, word.end), surname)) continue;
    const end = SURNAME.lastIndex;
    CONTINUES.lastIndex = end;
    if (CONTINUES.test(text)) continue;
    const start = nameStart(text, word.start);
    if (start !== undefined) spans.push({ start, end });
  }
  return spans;
}

/**
 * A capitalised word may hold a second one after a hyphen ("Anne-Marie"), and that second one is part
 * of the first, not a given name of its own: "Foo-Marie Smith" names no Marie. Only a name right after
 * a hyphen needs the words before it read, from the last place that was read (or the start of its
 * run of letters, digits and hyphens), so a long run of hyphenated names is still read once.
 */
class HyphenChains {
  /** Where reading stopped: the start of a word, or a place no word runs across. */
  private cursor = 0;

  constructor(private readonly text: string) {}

  startsAWord(at: number): boolean {
    if (this.text.charCodeAt(at - 1) !== HYPHEN) return true;
    let runStart = at;
    while (runStart > this.cursor && isInRun(this.text.charCodeAt(runStart - 1))) runStart--;
    this.cursor = Math.max(this.cursor, runStart);
    while (this.cursor < at) this.cursor = capitalisedWordAt(this.text, this.cursor)?.end ?? this.cursor + 1;
    return this.cursor === at;
  }
}

/** A character a capitalised word or a hyphenated pair of them can run across. */
function isInRun(code: number): boolean {
  return isWordCode(code) || code === HYPHEN;
}

/**
 * The candidate given name that starts at `start`: a capital and 1 to 20 small letters standing as a
 * word, or two joined by a hyphen ("Anne-Marie"), whose first part ends at `firstEnd`. By hand: it is
 * read only where a given name or a hyphen is, and a regex would cost a match object each time.
 */
function capitalisedWordAt(text: string, start: number): { start: number; firstEnd: number; end: number } | undefined {
  if (!isCapitalCode(text.charCodeAt(start)) || isWordCode(text.charCodeAt(start - 1))) return undefined;
  const firstEnd = lowerRunEnd(text, start + 1);
  if (firstEnd === undefined) return undefined;
  const second = text.charCodeAt(firstEnd) === HYPHEN && isCapitalCode(text.charCodeAt(firstEnd + 1)) ? lowerRunEnd(text, firstEnd + 2) : undefined;
  return { start, firstEnd, end: second ?? firstEnd };
}

/** The end of a run of 1 to 20 small letters from `from` that ends a word, or undefined. */
function lowerRunEnd(text: string, from: number): number | undefined {
  let end = from;
  while (isLowerCode(text.charCodeAt(end))) end++;
  const length = end - from;
  return length >= 1 && length <= 20 && !isWordCode(text.charCodeAt(end)) ? end : undefined;
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
