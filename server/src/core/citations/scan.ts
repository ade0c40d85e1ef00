/**
 * Finds the pieces of statute citations in text: Acts named with their year, and runs of provisions led
 * by a keyword ("sections 26(1) and 26A(1)", "s.41", "Schedule 5, paragraph 5(2)"). Each pattern is
 * tried at a position at most once, and runs of spaces between words are bounded (drafts never put
 * more than three), so a scan is linear in the length of the text.
 */
import type { Span } from '../types';
import type { Catalogue, CatalogueAct, ProvisionTarget, TitleEntry } from './catalogue';
import { isCapitalCode, isDigitCode, isLowerCode } from '../people/words';
import { rememberedIn } from '../bounded-memo';

export interface ActMention {
  /** The title and year as written: "Children Act 1989". */
  readonly span: Span;
  /** Where `span` starts and ends, read without making the span. */
  readonly start: number;
  readonly end: number;
  /** The short title, its words joined by single spaces, without its year: "Children Act". */
  readonly title: string;
  readonly year: number;
  readonly yearSpan: Span;
  /** The catalogue's entry for this title and year. */
  readonly act?: CatalogueAct;
  /** A term the text gives it straight after: "the Children Act 1989 (the Act)". */
  readonly definedAs?: DefinedTerm;
}

export interface DefinedTerm {
  term: string;
  span: Span;
}

/**
 * A mention as kept: one object, its spans made when read, and its title the one copy the catalogue
 * keeps. A text naming an Act again and again has tens of thousands, all alive while its citations
 * are read, and V8's collector copied each with two spans and a title at every collection meanwhile.
 */
class NamedAct implements ActMention {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly title: string,
    readonly year: number,
    readonly act: CatalogueAct | undefined,
    readonly definedAs: DefinedTerm | undefined = undefined,
  ) {}

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  /** A year is the last four characters of a mention. */
  get yearSpan(): Span {
    return { start: this.end - 4, end: this.end };
  }

  withTerm(definedAs: DefinedTerm): NamedAct {
    return new NamedAct(this.start, this.end, this.title, this.year, this.act, definedAs);
  }
}

export type KeywordKind = 'section' | 'schedule';

export interface Keyword {
  /** The keyword and what separates it from the first number: "sections ", "s.", "S", "Schedule ". */
  span: Span;
  text: string;
  kind: KeywordKind;
  plural: boolean;
  /** First word of its sentence, where a capital says nothing about style. */
  sentenceStart: boolean;
}

export interface ProvisionToken {
  /** "26A(1)", "5(2)" of "Schedule 5, paragraph 5(2)", or all of "34H(3 and 4)" for each of its two. */
  span: Span;
  section?: string;
  schedule?: string;
  paragraph?: string;
  /** The section, or the schedule paragraph, number as written. */
  idSpan: Span;
  /** The schedule number as written. */
  scheduleSpan?: Span;
  path: string[];
  pathSpans: Span[];
}

export interface ProvisionGroup {
  span: Span;
  /** Where `span` starts and ends, read without making the span. */
  start: number;
  end: number;
  keyword: Keyword;
  provisions: ProvisionToken[];
  /** The sections it cites, each once, in order: for a plain group, one list shared by all written alike. */
  sections: readonly string[];
}

const ACT_YEAR = /\bAct,?[ \t\u00A0]{1,3}(?:1[6-9]|20)\d\d(?!\d)/g;
const ACRONYM_YEAR = /\b([A-Z]{2,6})[ \t\u00A0]{1,3}((?:1[6-9]|20)\d\d)(?!\d)/g;
const DEFINED_TERM = /,?[ \t\u00A0]{0,3}\(([^()\n]{1,40})\)/y;

/** Words that may join the capitalised words of a short title: "Children and Families Act". */
const JOINING_WORDS = ['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'by', 'from', 'at'];
/** Sentence openers that a capital makes look like the start of a title. */
const NOT_TITLE_START = new Set([
  'Under', 'In', 'The', 'By', 'See', 'As', 'Of', 'And', 'Within', 'From', 'To', 'For', 'With', 'On', 'Also', 'This', 'That', 'Then',
  'So', 'Since', 'Following', 'Per', 'Schedule', 'Section', 'Sections', 'Part', 'Parts', 'Paragraph', 'If', 'When', 'Where', 'While',
  'Both', 'But', 'Or', 'Its', 'Their', 'His', 'Her', 'Our', 'We', 'I', 'It', 'They', 'Unlike', 'Whether',
]);
const TITLE_WINDOW = 160;
const MAX_TITLE_WORDS = 10;

/**
 * Acts named with their year, in text order, from `from` (the start of a line after an empty one) on;
 * `skip` leaves out offsets that are not statement text.
 */
export function findActMentions(text: string, catalogue: Catalogue, skip: (offset: number) => boolean, from = 0): ActMention[] {
  const mentions: ActMention[] = [];
  // Tested, not executed: the match is read back from its end, without a match array and strings for each.
  for (ACT_YEAR.lastIndex = from; ACT_YEAR.test(text); ) {
    const yearStart = ACT_YEAR.lastIndex - 4;
    const actAt = actBefore(text, yearStart);
    if (skip(actAt)) continue;
    const title = titleBefore(text, actAt, catalogue);
    if (title === undefined) continue;
    const year = yearAt(text, yearStart);
    mentions.push(withDefinedTerm(text, new NamedAct(title.start, yearStart + 4, title.title, year, actOfYear(title.acts, year))));
  }
  // Acts named by title come in text order; only abbreviations need sorting in among them.
  const acronyms = catalogue.hasAliases() ? findAcronyms(text, catalogue, skip, from) : [];
  return acronyms.length === 0 ? mentions : mentions.concat(acronyms).sort((a, b) => a.start - b.start);
}

/** A loop, not a search with a closure made for each of tens of thousands of mentions. */
function actOfYear(acts: readonly CatalogueAct[], year: number): CatalogueAct | undefined {
  for (const act of acts) if (act.year === year) return act;
  return undefined;
}

/** Where the "Act" of an ACT_YEAR match starts, read back from its year over the blanks and comma between. */
function actBefore(text: string, yearStart: number): number {
  let at = yearStart;
  while (isBlank(text.charCodeAt(at - 1))) at--;
  if (text.charCodeAt(at - 1) === 44) at--;
  return at - 3;
}

/** The four digits of a year, read by their codes. */
function yearAt(text: string, at: number): number {
  let year = 0;
  for (let i = at; i < at + 4; i++) year = year * 10 + text.charCodeAt(i) - 48;
  return year;
}

function findAcronyms(text: string, catalogue: Catalogue, skip: (offset: number) => boolean, from: number): ActMention[] {
  const found: ActMention[] = [];
  ACRONYM_YEAR.lastIndex = from;
  for (let m = ACRONYM_YEAR.exec(text); m !== null; m = ACRONYM_YEAR.exec(text)) {
    const act = catalogue.aliased(`${m[1]} ${m[2]}`);
    if (act === undefined || skip(m.index)) continue;
    found.push(withDefinedTerm(text, new NamedAct(m.index, m.index + m[0].length, act.title, act.year, act)));
  }
  return found;
}

/**
 * Where the words read back from "Act" start and end, nearest first. Shared by every mention, as the
 * reading never nests: a text naming an Act again and again made an object and a string for each word.
 */
const WORD_STARTS = new Int32Array(MAX_TITLE_WORDS);
const WORD_ENDS = new Int32Array(MAX_TITLE_WORDS);

interface TitleBefore extends TitleEntry {
  start: number;
}

/**
 * The title runs back from "Act" over capitalised and joining words. Of the candidate titles, the
 * longest the catalogue knows wins; otherwise leading joining words and sentence openers are dropped.
 */
function titleBefore(text: string, actAt: number, catalogue: Catalogue): TitleBefore | undefined {
  const count = wordsBefore(text, actAt);
  for (let k = count - 1; k >= 0; k--) {
    if (isJoining(text, WORD_STARTS[k]!, WORD_ENDS[k]!)) continue;
    const { title, acts } = titleEntry(text, k, actAt, catalogue);
    if (acts.length > 0) return { start: WORD_STARTS[k]!, title, acts };
  }
  // "In March, the Localism Act": a comma before a lower-case word ends a clause, never a title's word.
  let first = count - 1;
  for (let k = count - 1; k > 0; k--) {
    if (text.charCodeAt(WORD_ENDS[k]! - 1) === 44 && isLowerCode(text.charCodeAt(WORD_STARTS[k - 1]!))) first = k - 1;
  }
  while (first >= 0 && (isJoining(text, WORD_STARTS[first]!, WORD_ENDS[first]!) || NOT_TITLE_START.has(text.slice(WORD_STARTS[first], WORD_ENDS[first])))) first--;
  // Every title left was a candidate above: its entry, already made, has no Acts, and the title's one copy.
  if (first < 0) return undefined;
  const { title, acts } = titleEntry(text, first, actAt, catalogue);
  return { start: WORD_STARTS[first]!, title, acts };
}

/** Reads the words of a title back from "Act" into WORD_STARTS and WORD_ENDS; how many there are. */
function wordsBefore(text: string, actAt: number): number {
  const limit = Math.max(0, actAt - TITLE_WINDOW);
  let count = 0;
  let cursor = actAt;
  while (count < MAX_TITLE_WORDS) {
    let gapStart = cursor;
    let breaks = 0;
    while (gapStart > limit && isSpace(text.charCodeAt(gapStart - 1))) {
      if (text.charCodeAt(gapStart - 1) === 10) breaks++;
      gapStart--;
    }
    if (gapStart === cursor || gapStart === limit || breaks > 1) break;
    let start = gapStart;
    while (start > limit && !isSpace(text.charCodeAt(start - 1))) start--;
    if (start === limit && limit > 0) break;
    const opensBracket = text.charCodeAt(start) === 40 && text.charCodeAt(gapStart - 1) !== 41;
    const wordStart = opensBracket ? start + 1 : start;
    if (!isTitleWord(text, wordStart, gapStart) || (count === 0 && text.charCodeAt(gapStart - 1) === 44)) break;
    WORD_STARTS[count] = wordStart;
    WORD_ENDS[count++] = gapStart;
    if (opensBracket) break;
    cursor = start;
  }
  return count;
}

/**
 * The catalogue's entry for words `k` back to the nearest, joined by single spaces, and "Act". Where
 * single spaces already join them, as they mostly do, the title is read where it is written.
 */
function titleEntry(text: string, k: number, actAt: number, catalogue: Catalogue): TitleEntry {
  let single = text.charCodeAt(actAt - 1) === 32 && WORD_ENDS[0] === actAt - 1;
  for (let j = k; single && j > 0; j--) single = WORD_STARTS[j - 1] === WORD_ENDS[j]! + 1 && text.charCodeAt(WORD_ENDS[j]!) === 32;
  if (single) return catalogue.entryAt(text, WORD_STARTS[k]!, actAt + 3);
  let title = text.slice(WORD_STARTS[k], WORD_ENDS[k]);
  for (let j = k - 1; j >= 0; j--) title += ` ${text.slice(WORD_STARTS[j], WORD_ENDS[j])}`;
  return catalogue.entry(`${title} Act`);
}

/**
 * A word that may sit in a short title: capitalised ("Anti-social", "Wales,"), "(Wales)", or a
 * joining word. Read by codes, not by slicing the word out.
 */
function isTitleWord(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  if (isCapitalCode(first)) {
    const last = end - start > 1 && text.charCodeAt(end - 1) === 44 ? end - 1 : end;
    for (let i = start + 1; i < last; i++) if (!isTitleLetter(text.charCodeAt(i))) return false;
    return true;
  }
  if (first === 40) {
    if (end - start < 4 || !isCapitalCode(text.charCodeAt(start + 1)) || text.charCodeAt(end - 1) !== 41) return false;
    for (let i = start + 2; i < end - 1; i++) if (!isLowerCode(text.charCodeAt(i))) return false;
    return true;
  }
  return isJoining(text, start, end);
}

/** A letter, apostrophe or hyphen: what follows the capital of a title's word. */
function isTitleLetter(code: number): boolean {
  return isCapitalCode(code) || isLowerCode(code) || code === 39 || code === 0x2019 || code === 45;
}

/** Every joining word is in lower case, and most words read back from "Act" are capitalised. */
function isJoining(text: string, start: number, end: number): boolean {
  return isLowerCode(text.charCodeAt(start)) && JOINING_WORDS.some((word) => word.length === end - start && text.startsWith(word, start));
}

/** A blank or a line break: what may separate the words of a title. */
function isSpace(code: number): boolean {
  return isBlank(code) || code === 10 || code === 13;
}

/** A space, tab or no-break space: what may separate words within a line. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** A space or tab: what the list patterns allow around their separators. */
function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** Where the next word starts past at most three blanks from `at`, the most the citation patterns allow. */
export function pastBlanks(text: string, at: number, blank: (code: number) => boolean = isBlank): number {
  let i = at;
  while (i - at < 3 && blank(text.charCodeAt(i))) i++;
  return i;
}

/** Past a comma and three blanks at most: where a term is defined, or a citation named after its Act ("... Act 1989, s 17") starts. */
export function pastComma(text: string, at: number): number {
  return pastBlanks(text, text.charCodeAt(at) === 44 ? at + 1 : at);
}

function withDefinedTerm(text: string, mention: NamedAct): NamedAct {
  // Told by its bracket before the pattern is tried: most mentions define nothing.
  if (text.charCodeAt(pastComma(text, mention.end)) !== 40) return mention;
  DEFINED_TERM.lastIndex = mention.end;
  const m = DEFINED_TERM.exec(text);
  if (m === null) return mention;
  const term = m[1]!.replace(/["'\u2018\u2019\u201C\u201D]/g, '').replace(/^the\s/, '').trim();
  if (!/\bAct\b/.test(term) && !/^[A-Z]{2,6}(?: \d{4})?$/.test(term)) return mention;
  return mention.withTerm({ term: normaliseTerm(term), span: { start: mention.end, end: DEFINED_TERM.lastIndex } });
}

export function normaliseTerm(term: string): string {
  return term.replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase();
}

/** Without groups: a match builds no string for each, and its first two letters tell its kind (`keywordKind`). */
const KEYWORD = /\b(?:(?:sections?|Sections?|SECTIONS?)[ \t\u00A0](?=\d)|(?:ss?\.?[ \t\u00A0]?|S\.?)(?=\d)|(?:Sch(?:edules?|\.)|sch(?:edules?|\.)|SCHEDULES?)[ \t\u00A0]?(?=\d)|(?:paragraphs?|Paragraphs?|paras?\.?|Paras?\.?)[ \t\u00A0]?(?=\d))/g;
const SECTION_ID = /\d{1,4}[A-Z]{0,3}(?![A-Za-z\d])/y;
const SCHEDULE_ID = /\d{1,2}[A-Z]{0,2}(?![A-Za-z\d])/y;
const PARAGRAPH_ID = /\d{1,3}[A-Z]{0,2}(?![A-Za-z\d])/y;
const PATH_ITEM = /(?:\d{1,3}[A-Z]{0,2}|[a-z]{1,4}|[A-Z])(?![A-Za-z\d])/y;
const IN_BRACKET_SEPARATOR = /[ \t]{0,3},[ \t]{0,3}|[ \t]{1,3}(?:and|or|to)[ \t]{1,3}|[ \t]{0,3}[-\u2013][ \t]{0,3}/y;
const LIST_SEPARATOR = /[ \t]{0,3},[ \t]{0,3}(?:(?:and|or)[ \t]{1,3})?|[ \t]{1,3}(?:and|or)[ \t]{1,3}|[ \t]{0,3}&[ \t]{0,3}/y;
const RANGE_SEPARATOR = /[ \t]{0,3}[-\u2013\u2014][ \t]{0,3}|[ \t]{1,3}to[ \t]{1,3}/y;
const SLASH = /[ \t]{0,3}\/[ \t]{0,3}/y;
const PARAGRAPH_WORD = /,?[ \t\u00A0]{1,3}(?:paragraphs?|paras?\.?)[ \t\u00A0]{0,3}(?=\d)/y;
const OF_SCHEDULE = /[ \t\u00A0]{1,3}of[ \t\u00A0]{1,3}(?:the[ \t\u00A0]{1,3})?Schedule[ \t\u00A0]{1,3}/y;
/** "section 47 and 15 working days": a number followed by a unit is not another section. */
const NOT_A_PROVISION_AFTER = /[ \t\u00A0]{1,3}(?:working|days?|weeks?|months?|years?|hours?|per|percent|children|people|times|pounds|am|pm)\b|%/y;
const MAX_ALTERNATIVES = 6;
const MAX_RANGE = 50;
const MAX_DEPTH = 4;

/**
 * Runs of provisions led by a keyword, in text order, from `from` (the start of a line after an empty
 * one) on, added to `into`.
 */
export function findProvisionGroups(text: string, skip: (offset: number) => boolean, from = 0, into = new GroupTable(text)): GroupTable {
  let lastKeyword = '';
  let lastNumber = 0;
  KEYWORD.lastIndex = from;
  // Tested, not executed: a match array and a copy of the keyword for each of a hundred thousand
  // keywords cost more than finding where the keyword starts again.
  while (KEYWORD.test(text)) {
    const keywordEnd = KEYWORD.lastIndex;
    // Keywords come in runs of one spelling: one written as the last, with no letter before it, starts
    // where the last's length says, which spares walking back over it, cutting it and hashing the cut.
    let at = keywordEnd - lastKeyword.length;
    if (lastKeyword === '' || !text.startsWith(lastKeyword, at) || isAsciiLetter(text.charCodeAt(at - 1))) {
      at = keywordStart(text, keywordEnd);
      lastNumber = keywordNumber(text.slice(at, keywordEnd));
      lastKeyword = keywordSpellings[lastNumber]!;
    }
    const before = text.charCodeAt(at - 1);
    if (before === 39 || before === 0x2019 || skip(at)) continue;
    const written = keywordKind(text, at);
    into.lead(at, lastNumber, (written === 'schedule' ? SCHEDULE : 0) | (startsSentence(text, at) ? SENTENCE_START : 0));
    let end: number;
    if (written === 'section') end = sectionGroup(text, keywordEnd, into);
    else if (written === 'schedule') end = scheduleGroup(text, keywordEnd, into);
    else end = paragraphFirstGroup(text, keywordEnd, into);
    if (end !== NO_GROUP) KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, end);
  }
  return into;
}

/**
 * Where a keyword that KEYWORD matched up to `end` starts: back past a blank, a full stop and its
 * letters. It starts at a word boundary, so the letters before it are all its own.
 */
function keywordStart(text: string, end: number): number {
  let at = end;
  if (isBlank(text.charCodeAt(at - 1))) at--;
  if (text.charCodeAt(at - 1) === 46) at--;
  while (isAsciiLetter(text.charCodeAt(at - 1))) at--;
  return at;
}

function isAsciiLetter(code: number): boolean {
  return isLowerCode(code) || isCapitalCode(code);
}

/**
 * Which of KEYWORD's four kinds a match is: "Sch" whatever its case, a word for paragraphs, or else a
 * section ("section", "s.", "ss", "S"). A paragraph's keyword leads a schedule's citation
 * ("paragraph 3 of Schedule 2").
 */
function keywordKind(text: string, at: number): 'section' | 'schedule' | 'paragraph' {
  const first = text.charCodeAt(at) | 0x20;
  if (first === 112) return 'paragraph';
  return (text.charCodeAt(at + 1) | 0x20) === 99 ? 'schedule' : 'section';
}

/** Only the rules on how a keyword is written read its span and number, so these are worked out when read rather than for every one. */
class WrittenKeyword implements Keyword {
  constructor(readonly start: number, readonly text: string, readonly kind: KeywordKind, readonly sentenceStart: boolean) {}

  get span(): Span {
    return { start: this.start, end: this.start + this.text.length };
  }

  get plural(): boolean {
    return /^(?:sections|ss|schedules|paragraphs|paras)\b/i.test(this.text);
  }
}

/** The bits of a group's flags. */
const SCHEDULE = 1;
const SENTENCE_START = 2;
/** Its list is one section number with at most one level of path, read again from the text when asked for (`plainProvision`). */
const PLAIN = 4;

/** A group's list when it is not plain: its one provision, or all of them. */
type Listed = ProvisionToken | ProvisionToken[];

/**
 * How keywords are written ("section ", "s.", "Sch. "), each kept once for every table: KEYWORD matches
 * a few dozen spellings at most, and a table keeps the number of each group's.
 */
const keywordSpellings: string[] = [];
const keywordNumbers = new Map<string, number>();

function keywordNumber(written: string): number {
  let n = keywordNumbers.get(written);
  if (n === undefined) keywordNumbers.set(written, (n = keywordSpellings.push(written) - 1));
  return n;
}

/**
 * The provision groups of a text, in text order, kept as columns of numbers: where each keyword
 * starts, where the group ends, the keyword's kind as bits and the number of its spelling, and where
 * its list is kept when it is not plain. A text dense with citations holds a hundred thousand groups;
 * kept as objects, or as arrays of references that grow with the text, each was copied by V8's
 * collector while the text was read, which took longer than reading them, while columns of numbers
 * are not scanned at all. A rule reads a group through a view made when it asks (`at`).
 */
export class GroupTable {
  length = 0;
  private starts: Int32Array;
  private ends: Int32Array;
  private flags: Uint8Array;
  private keywords: Uint16Array;
  /** Where in `lists` a group's list is, or -1 for a plain one. */
  private listAt: Int32Array;
  private lists: Listed[] = [];
  /** The keyword the next group added is led by, as `lead` gave it. */
  private leadStart = 0;
  private leadKeyword = 0;
  private leadFlags = 0;

  /** The groups of `text`, with room for `capacity` before the columns grow. */
  constructor(private readonly text: string, capacity = 16) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.keywords = new Uint16Array(capacity);
    this.listAt = new Int32Array(capacity);
  }

  /** The keyword the group readers have found, and the number of its spelling: the group they add next starts with it. */
  lead(start: number, keyword: number, flags: number): void {
    this.leadStart = start;
    this.leadKeyword = keyword;
    this.leadFlags = flags;
  }

  /** A group led by the last keyword, ending at `end`, with its list, or none for a plain one. */
  add(end: number, provisions?: Listed): number {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = this.leadStart;
    this.ends[i] = end;
    this.keywords[i] = this.leadKeyword;
    this.flags[i] = this.leadFlags | (provisions === undefined ? PLAIN : 0);
    this.listAt[i] = provisions === undefined ? -1 : this.lists.push(Array.isArray(provisions) && provisions.length === 1 ? provisions[0]! : provisions) - 1;
    return end;
  }

  /** Where group `i` starts: its keyword. */
  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  keyword(i: number): Keyword {
    const flags = this.flags[i]!;
    return new WrittenKeyword(this.starts[i]!, keywordSpellings[this.keywords[i]!]!, flags & SCHEDULE ? 'schedule' : 'section', (flags & SENTENCE_START) !== 0);
  }

  provisions(i: number): ProvisionToken[] {
    if (this.flags[i]! & PLAIN) return [this.soleProvision(i)!];
    const listed = this.lists[this.listAt[i]!]!;
    return Array.isArray(listed) ? listed : [listed];
  }

  /** The provision of a plain group ("section 12", "s 1(2)"), made as read, or undefined for a listed one. */
  soleProvision(i: number): ProvisionToken | undefined {
    return this.flags[i]! & PLAIN ? plainProvision(this.plainList(i), this.ends[i]!) : undefined;
  }

  /** What each of group `i`'s provisions points at, in their order: for a plain group, shared by all written alike. */
  targets(i: number): readonly ProvisionTarget[] {
    return this.flags[i]! & PLAIN ? rememberedIn(plainTargets, this.plainList(i), MAX_SPELLINGS, targetsOfPlain) : this.provisions(i);
  }

  sections(i: number): readonly string[] {
    if (this.flags[i]! & PLAIN) return rememberedIn(plainSections, this.plainList(i), MAX_SPELLINGS, sectionsOfPlain);
    const provisions = this.provisions(i);
    return provisions.length === 1 ? [provisions[0]!.section!] : [...new Set(provisions.map((p) => p.section!))];
  }

  /** A plain group's list as written: "12", "1(2)". */
  private plainList(i: number): string {
    return spellingAt(this.text, this.starts[i]! + keywordSpellings[this.keywords[i]!]!.length, this.ends[i]!);
  }

  at(i: number): ProvisionGroup {
    return new GroupView(this, i);
  }

  all(): ProvisionGroup[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }

  /**
   * The groups that start before `offset`, as a table of their own for `text`, which is the same as
   * this table's text up to there, that later groups can be added to.
   */
  before(offset: number, text: string): GroupTable {
    let n = 0;
    while (n < this.length && this.starts[n]! < offset) n++;
    // Made with the room it needs at once: grown to it, it copied its columns a dozen times at each
    // keystroke in a draft dense with citations.
    const kept = new GroupTable(text, Math.max(n, 16));
    kept.starts.set(this.starts.subarray(0, n));
    kept.ends.set(this.ends.subarray(0, n));
    kept.flags.set(this.flags.subarray(0, n));
    kept.keywords.set(this.keywords.subarray(0, n));
    kept.listAt.set(this.listAt.subarray(0, n));
    // The lists up to the last one kept: the lists are in the order of their groups.
    let lists = 0;
    for (let i = n - 1; i >= 0 && lists === 0; i--) lists = this.listAt[i]! + 1;
    kept.lists = this.lists.slice(0, lists);
    kept.length = n;
    return kept;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.keywords = grown(this.keywords, new Uint16Array(size));
    this.listAt = grown(this.listAt, new Int32Array(size));
  }
}

function grown<T extends Int32Array | Uint16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** A group of a table as rules read it. */
class GroupView implements ProvisionGroup {
  constructor(private readonly table: GroupTable, private readonly index: number) {}

  get start(): number {
    return this.table.start(this.index);
  }

  get end(): number {
    return this.table.end(this.index);
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  get keyword(): Keyword {
    return this.table.keyword(this.index);
  }

  get provisions(): ProvisionToken[] {
    return this.table.provisions(this.index);
  }

  get sections(): readonly string[] {
    return this.table.sections(this.index);
  }
}

/** Each group reader adds the group it reads to the table and gives where it ends, or -1 when there is none. */
const NO_GROUP = -1;

function sectionGroup(text: string, from: number, table: GroupTable): number {
  const plainEnd = plainSectionGroup(text, from, table);
  if (plainEnd !== NO_GROUP) return plainEnd;
  const provisions = parseList(text, from, SECTION_ID, 'section');
  if (provisions.length === 0) return NO_GROUP;
  return table.add(provisions[provisions.length - 1]!.span.end, provisions);
}

/** "Schedule 5, paragraph 5(2)", "Schedule 5/5A, paragraph 1/3" (5 with 1, 5A with 3), "Schedule 2". */
function scheduleGroup(text: string, from: number, table: GroupTable): number {
  const schedules = slashed(text, from, SCHEDULE_ID);
  if (schedules.items.length === 0) return NO_GROUP;
  PARAGRAPH_WORD.lastIndex = schedules.end;
  const paragraphWord = PARAGRAPH_WORD.exec(text);
  if (paragraphWord === null) {
    const provisions = schedules.items.map((s) => {
      const span = spanOf(s);
      return { span, schedule: s.id, idSpan: span, scheduleSpan: span, path: [], pathSpans: [] };
    });
    return table.add(schedules.end, provisions);
  }
  const paragraphs = parseList(text, PARAGRAPH_WORD.lastIndex, PARAGRAPH_ID, 'paragraph');
  if (paragraphs.length === 0) return NO_GROUP;
  const provisions = pairSchedules(schedules.items, paragraphs);
  return table.add(paragraphs[paragraphs.length - 1]!.span.end, provisions);
}

/** "paragraph 3 of Schedule 2": only "of Schedule" makes a paragraph a statute's rather than the statement's. */
function paragraphFirstGroup(text: string, from: number, table: GroupTable): number {
  const paragraphs = parseList(text, from, PARAGRAPH_ID, 'paragraph');
  if (paragraphs.length === 0) return NO_GROUP;
  OF_SCHEDULE.lastIndex = paragraphs[paragraphs.length - 1]!.span.end;
  if (!OF_SCHEDULE.test(text)) return NO_GROUP;
  const schedules = slashed(text, OF_SCHEDULE.lastIndex, SCHEDULE_ID);
  if (schedules.items.length === 0) return NO_GROUP;
  return table.add(schedules.end, pairSchedules(schedules.items, paragraphs));
}

interface SlashItem {
  id: string;
  start: number;
  end: number;
  /** Which of a slashed run ("1/3") it is: 0 for 1, 1 for 3. */
  slot: number;
  slots: number;
}

function spanOf(item: { start: number; end: number }): Span {
  return { start: item.start, end: item.end };
}

function slashed(text: string, from: number, id: RegExp): { items: SlashItem[]; end: number } {
  const items: SlashItem[] = [];
  let at = from;
  for (;;) {
    const end = stickyEnd(id, text, at);
    if (end < 0) break;
    items.push({ id: spellingAt(text, at, end), start: at, end, slot: items.length, slots: 0 });
    at = id.lastIndex;
    SLASH.lastIndex = at;
    if (!SLASH.test(text) || items.length >= MAX_ALTERNATIVES) break;
    at = SLASH.lastIndex;
  }
  const end = items.length === 0 ? from : items[items.length - 1]!.end;
  for (const item of items) item.slots = items.length;
  return { items, end };
}

/** Slashed runs of equal length pair up in order; otherwise every schedule goes with every paragraph. */
function pairSchedules(schedules: SlashItem[], paragraphs: ListedToken[]): ProvisionToken[] {
  const out: ProvisionToken[] = [];
  for (const paragraph of paragraphs) {
    const paired = paragraph.slots === schedules.length && schedules.length > 1;
    const matching = paired ? [schedules[paragraph.slot!]!] : schedules;
    for (const schedule of matching) {
      out.push({ span: paragraph.span, idSpan: paragraph.idSpan, path: paragraph.path, pathSpans: paragraph.pathSpans, paragraph: paragraph.paragraph, schedule: schedule.id, scheduleSpan: spanOf(schedule) });
    }
  }
  return out;
}

/** A provision with its place in a slashed run ("1/3"), for pairing with "Schedule 5/5A". */
type ListedToken = ProvisionToken & { slot?: number; slots?: number };

/**
 * A provision read from a keyword's list. A text dense with citations holds hundreds of thousands and
 * the model keeps them all, while few rules read their spans: so the spans are kept as offsets and
 * made when read. A path of one item a level ("(6)(a)") is written without a space, so its items' spans
 * follow from their lengths; only a bracket of several items ("(3 and 4)") needs them kept.
 */
class ListedProvision implements ListedToken {
  declare slot?: number;
  declare slots?: number;

  constructor(
    private readonly idStart: number,
    private readonly idEnd: number,
    private readonly end: number,
    readonly path: string[],
    private readonly id: string,
    private readonly kind: 'section' | 'paragraph',
    /**
     * The spans of its path, kept when a bracket of several items gave it; otherwise where its path is
     * written, after the last number of a slashed run ("1/3(2)"), which they share. One field for the two.
     */
    private readonly pathSpansOrAt: Span[] | number,
  ) {}

  get span(): Span {
    return { start: this.idStart, end: this.end };
  }

  get idSpan(): Span {
    return { start: this.idStart, end: this.idEnd };
  }

  get pathSpans(): Span[] {
    if (typeof this.pathSpansOrAt !== 'number') return this.pathSpansOrAt;
    const spans = new Array<Span>(this.path.length);
    let at = this.pathSpansOrAt;
    for (let i = 0; i < this.path.length; i++) {
      spans[i] = { start: at + 1, end: at + 1 + this.path[i]!.length };
      at = spans[i]!.end + 1;
    }
    return spans;
  }

  get section(): string | undefined {
    return this.kind === 'section' ? this.id : undefined;
  }

  get paragraph(): string | undefined {
    return this.kind === 'paragraph' ? this.id : undefined;
  }
}

/** Collects items of which there is most often just one: that one gets an array of its own size. */
class OneOrMore<T> {
  private first: T | undefined;
  private all: T[] | undefined;

  add(item: T): void {
    if (this.first === undefined) this.first = item;
    else (this.all ??= [this.first]).push(item);
  }

  toArray(): T[] {
    return this.all ?? (this.first === undefined ? [] : [this.first]);
  }
}

/**
 * A list of provisions: "26(1) and 26A(1)", "33-35", "34B, 34C and 34H(3 and 4)". A bracket holding
 * several items gives one provision for each. Schedule paragraphs may be slashed: "1/3".
 */
function parseList(text: string, from: number, idPattern: RegExp, kind: 'section' | 'paragraph'): ListedToken[] {
  // Most lists hold one provision, and an array grown by a push would first make room for 17, which
  // the model keeps as long as it lives.
  const out = new OneOrMore<ListedToken>();
  let at = from;
  let rangeFrom: ProvisionToken | undefined;
  for (;;) {
    const slashedIds = kind === 'paragraph' ? slashed(text, at, idPattern).items : undefined;
    const lone = slashedIds === undefined ? single(text, at, idPattern) : undefined;
    const idCount = slashedIds?.length ?? (lone === undefined ? 0 : 1);
    if (idCount === 0) break;
    const last = slashedIds?.[idCount - 1] ?? lone!;
    const path = parsePath(text, last.end);
    const made = idCount * path.alternatives.length;
    let madeFirst: ListedToken | undefined;
    for (let i = 0; i < idCount; i++) {
      const id = slashedIds?.[i] ?? lone!;
      for (let j = 0; j < path.alternatives.length; j++) {
        const { path: items, spans } = path.alternatives[j]!;
        // Several alternatives come only from a bracket of several items, whose spans are kept.
        const token = new ListedProvision(id.start, id.end, id === last ? path.end : id.end, items, id.id, kind, path.alternatives.length > 1 ? spans : last.end);
        if (idCount > 1) {
          token.slot = id.slot;
          token.slots = id.slots;
        }
        if (madeFirst === undefined) {
          madeFirst = token;
          if (rangeFrom !== undefined && made === 1) for (const between of rangeBetween(rangeFrom, token)) out.add(between);
        }
        out.add(token);
      }
    }
    const only = made === 1 ? madeFirst : undefined;
    at = path.end;
    RANGE_SEPARATOR.lastIndex = at;
    const isRange = RANGE_SEPARATOR.test(text) && startsProvision(text, RANGE_SEPARATOR.lastIndex, idPattern);
    if (isRange) {
      rangeFrom = only;
      at = RANGE_SEPARATOR.lastIndex;
      continue;
    }
    rangeFrom = undefined;
    // The separator after the last provision or sibling, tested once: most lists end at the first test.
    let separated: boolean;
    for (;;) {
      LIST_SEPARATOR.lastIndex = at;
      separated = LIST_SEPARATOR.test(text);
      if (!separated || only === undefined || text.charCodeAt(LIST_SEPARATOR.lastIndex) !== 40) break;
      const sibling = siblingOf(text, LIST_SEPARATOR.lastIndex, only);
      if (sibling === undefined) break;
      out.add(sibling);
      at = sibling.span.end;
    }
    if (!separated || !startsProvision(text, LIST_SEPARATOR.lastIndex, idPattern)) break;
    at = LIST_SEPARATOR.lastIndex;
  }
  return out.toArray();
}

/**
 * The commonest lists, one section number with no path or a path of one level ("section 12 of",
 * "s 1(2) of"), read without the list reader's separators and objects; none (NO_GROUP) for any other list,
 * which the list reader reads. Taken only where what follows, past up to three blanks, can start
 * neither another level, a range nor another item, the cases the list reader would go on with. A text
 * dense with citations reads hundreds of thousands of these.
 */
function plainSectionGroup(text: string, from: number, table: GroupTable): number {
  const idEnd = stickyEnd(SECTION_ID, text, from);
  if (idEnd < 0) return NO_GROUP;
  if (text.charCodeAt(idEnd) !== 40) return mayContinueList(text, idEnd) ? NO_GROUP : table.add(idEnd);
  const itemEnd = stickyEnd(PATH_ITEM, text, idEnd + 1);
  if (itemEnd < 0 || text.charCodeAt(itemEnd) !== 41 || mayContinueList(text, itemEnd + 1)) return NO_GROUP;
  return table.add(itemEnd + 1);
}

/** The provision of a plain group, its list written `written` ("12", "1(2)") and ending at `end`. */
function plainProvision(written: string, end: number): ListedProvision {
  const start = end - written.length;
  const open = written.indexOf('(');
  if (open < 0) return new ListedProvision(start, end, end, NO_PATH[0]!.path, written, 'section', end);
  return new ListedProvision(start, start + open, end, topLevel(written.slice(open + 1, -1)), plainSection(written), 'section', start + open);
}

/** The section a plain group's list names: "12" of "12", "1" of "1(2)". */
function plainSection(written: string): string {
  const open = written.indexOf('(');
  return open < 0 ? written : spelling(written.slice(0, open));
}

/**
 * What plain groups point at, and the sections they cite, by their lists as written. A text citing
 * "section 17" again and again has rules read the same one each time, not one made for each group.
 */
const plainTargets = new Map<string, readonly ProvisionTarget[]>();
const plainSections = new Map<string, readonly string[]>();

function targetsOfPlain(written: string): readonly ProvisionTarget[] {
  const { section, path } = plainProvision(written, written.length);
  return Object.freeze([Object.freeze({ section, path })]);
}

function sectionsOfPlain(written: string): readonly string[] {
  return Object.freeze([plainSection(written)]);
}

/**
 * Whether what follows a provision at `at`, past up to three blanks, may be a path, a range or another
 * item: a bracket, a comma, "&" or a dash, or after a blank a word that joins provisions ("and", "or",
 * "to"); not "of", which names the Act.
 */
function mayContinueList(text: string, at: number): boolean {
  const next = pastBlanks(text, at, isSpaceOrTab);
  const code = text.charCodeAt(next);
  if (mayContinueListAt(code)) return true;
  if (next === at) return false;
  // Told by its first letters: a string search for each word cost more than the rest of the test.
  if (code === 97) return text.startsWith('and', next);
  if (code === 111) return text.charCodeAt(next + 1) === 114; // "or"
  return code === 116 && text.charCodeAt(next + 1) === 111; // "to"
}

/** What may continue a list at once or past blanks: a path, a comma, "&", a range's dash. */
function mayContinueListAt(code: number): boolean {
  switch (code) {
    case 40: // (
    case 44: // ,
    case 38: // &
    case 45: // -
    case 0x2013:
    case 0x2014:
      return true;
    default:
      return false;
  }
}

/**
 * "24A(6) and (7)", "26(6)(a) and (c)": a bracket alone after a provision replaces the last levels of
 * its path, so it names a sibling in the same section.
 */
function siblingOf(text: string, at: number, previous: ProvisionToken): ProvisionToken | undefined {
  const path = parsePath(text, at);
  const alternative = path.alternatives[0]!;
  const depth = alternative.path.length;
  if (path.alternatives.length !== 1 || depth === 0 || depth > previous.path.length) return undefined;
  const keep = previous.path.length - depth;
  const sibling: ProvisionToken = {
    span: { start: at, end: path.end },
    idSpan: previous.idSpan,
    path: [...previous.path.slice(0, keep), ...alternative.path],
    pathSpans: [...previous.pathSpans.slice(0, keep), ...alternative.spans],
  };
  if (previous.section !== undefined) sibling.section = previous.section;
  if (previous.paragraph !== undefined) sibling.paragraph = previous.paragraph;
  return sibling;
}

function single(text: string, at: number, idPattern: RegExp): SlashItem | undefined {
  const end = stickyEnd(idPattern, text, at);
  return end < 0 ? undefined : { id: spellingAt(text, at, end), start: at, end, slot: 0, slots: 1 };
}

/**
 * Where a sticky pattern's match at `at` ends, or -1. A text dense with citations tries these patterns
 * hundreds of thousands of times, and a test makes no match array to collect.
 */
function stickyEnd(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function startsProvision(text: string, at: number, idPattern: RegExp): boolean {
  const end = stickyEnd(idPattern, text, at);
  if (end < 0) return false;
  if (!isDigitCode(text.charCodeAt(end - 1)) || text[end] === '(') return true;
  NOT_A_PROVISION_AFTER.lastIndex = end;
  return !NOT_A_PROVISION_AFTER.test(text);
}

/** "sections 33-35": the numbers between two plain section numbers, written as the range. */
function rangeBetween(first: ProvisionToken, last: ProvisionToken): ProvisionToken[] {
  const a = first.section ?? first.paragraph;
  const b = last.section ?? last.paragraph;
  if (a === undefined || b === undefined || !/^\d+$/.test(a) || !/^\d+$/.test(b) || first.path.length > 0 || last.path.length > 0) return [];
  const lo = Number(a);
  const hi = Number(b);
  if (hi <= lo || hi - lo > MAX_RANGE) return [];
  const span = { start: first.span.start, end: last.span.end };
  const out: ProvisionToken[] = [];
  for (let n = lo + 1; n < hi; n++) {
    const id = String(n);
    out.push({ ...(first.section !== undefined ? { section: id } : { paragraph: id }), span, idSpan: span, path: [], pathSpans: [] });
  }
  return out;
}

interface PathAlternative {
  path: string[];
  spans: Span[];
}

const NO_PATH: readonly PathAlternative[] = Object.freeze([Object.freeze({ path: Object.freeze([]) as unknown as string[], spans: Object.freeze([]) as unknown as Span[] })]);

/** "(6)(a)", "(1B)", "(3 and 4)": each bracket one level down; several items in one are alternatives. */
function parsePath(text: string, from: number): { alternatives: readonly PathAlternative[]; end: number } {
  // Most provisions have no path; they share one empty path rather than each keeping two empty arrays.
  if (text.charCodeAt(from) !== 40) return { alternatives: NO_PATH, end: from };
  let alternatives: readonly PathAlternative[] = NO_PATH;
  let at = from;
  for (let depth = 0; depth < MAX_DEPTH && text.charCodeAt(at) === 40; depth++) {
    const items = bracketItems(text, at + 1);
    if (items === undefined) break;
    const count = alternatives.length * items.length;
    if (count > MAX_ALTERNATIVES) break;
    // Arrays made exactly as long as they are: a text dense with citations makes hundreds of thousands,
    // and a push or a spread first makes room for 16 more items, kept as long as the model.
    const next = new Array<PathAlternative>(count);
    let n = 0;
    for (let i = 0; i < alternatives.length; i++) {
      const { path, spans } = alternatives[i]!;
      for (let j = 0; j < items.length; j++) next[n++] = { path: path.length === 0 ? topLevel(items[j]!.id) : appended(path, items[j]!.id), spans: appended(spans, items[j]!.span) };
    }
    alternatives = next;
    at = items[items.length - 1]!.span.end + 1;
  }
  return { alternatives, end: at };
}

const topLevels = new Map<string, string[]>();

/**
 * The path of one level, "(2)", shared by every provision with that path, as the spellings are: a text
 * dense with citations kept one per citation, about a quarter of what each kept. Frozen, since it
 * is shared; no reader changes a path.
 */
function topLevel(item: string): string[] {
  return rememberedIn(topLevels, item, MAX_SPELLINGS, frozenPathOf);
}

function frozenPathOf(item: string): string[] {
  return Object.freeze([item]) as unknown as string[];
}

/** A copy of a list with one more item, exactly as long. Array concat is a slow builtin: a loop copies a short path about twenty times faster. */
function appended<T>(list: readonly T[], item: T): T[] {
  const copy = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) copy[i] = list[i]!;
  copy[list.length] = item;
  return copy;
}

/** The items of a bracket opened just before `from`, if it closes after them: "(2)", "(3 and 4)". */
function bracketItems(text: string, from: number): { id: string; span: Span }[] | undefined {
  let items: { id: string; span: Span }[] | undefined;
  let at = from;
  for (;;) {
    const end = stickyEnd(PATH_ITEM, text, at);
    if (end < 0) return undefined;
    const item = { id: spellingAt(text, at, end), span: { start: at, end } };
    // Most brackets hold one item: an array of one, not one grown by a push.
    if (items === undefined) items = [item];
    else items.push(item);
    at = end;
    if (text.charCodeAt(at) === 41) return items;
    IN_BRACKET_SEPARATOR.lastIndex = at;
    if (!IN_BRACKET_SEPARATOR.test(text) || items.length >= MAX_ALTERNATIVES) return undefined;
    at = IN_BRACKET_SEPARATOR.lastIndex;
  }
}

const spellings = new Map<string, string>();
const MAX_SPELLINGS = 4096;

/**
 * Keywords and numbers repeat through a text ("s ", "12"): citations keep one string for each spelling
 * rather than a copy each, which a text with tens of thousands of them would carry until it is linted.
 */
function spelling(written: string): string {
  return rememberedIn(spellings, written, MAX_SPELLINGS, itself);
}

/** Plain numbers of up to four digits by their value and length ("07" is not "7"): most provisions' numbers. */
const numberSpellings = new Map<number, string>();

/**
 * The shared spelling of `text` from `start` to `end`. A plain number is looked up by its value, which
 * spares cutting the text and hashing the cut: a text dense with citations reads one at every citation.
 */
function spellingAt(text: string, start: number, end: number): string {
  const length = end - start;
  if (length === 0 || length > 4) return spelling(text.slice(start, end));
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return spelling(text.slice(start, end));
    value = value * 10 + digit;
  }
  const key = length * 10_000 + value;
  return numberSpellings.get(key) ?? rememberedIn(numberSpellings, key, MAX_SPELLINGS, () => text.slice(start, end));
}

function itself(written: string): string {
  return written;
}

/**
 * A line break, a full stop, colon or question mark, or a bullet or dash that opens a list item. Compared
 * by code: a search of a string of them for each keyword, in a text dense with citations, took a tenth
 * of the scan.
 */
function endsSentence(code: number): boolean {
  switch (code) {
    case 13:
    case 10:
    case 46: // .
    case 33: // !
    case 63: // ?
    case 58: // :
    case 0x2022: // bullet
    case 0x25aa: // small black square
    case 42: // *
    case 0x2013:
    case 45: // -
      return true;
    default:
      return false;
  }
}

/**
 * At the start of a line (after any list marker or bullet), after a full stop, colon or question mark
 * (also one inside a closing quotation mark: "today.” Section 47"), or at the start of a quotation,
 * whose capitals are the quoted text's own. A bracket opens where the sentence around it would.
 */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const code = text.charCodeAt(i);
  if (code === 0x201c || code === 0x2018 || ((code === 34 || code === 39) && i === at - 1)) return true;
  if (code === 40 || code === 91) return startsSentence(text, i);
  if (code === 0x201d || code === 0x2019 || code === 34 || code === 39) return i > 0 && endsSentence(text.charCodeAt(i - 1));
  if (code !== 41) return endsSentence(code);
  const lineStart = Math.max(text.lastIndexOf('\n', i), text.lastIndexOf('\r', i)) + 1;
  return /^[ \t]*\(?[A-Za-z0-9]{1,4}\)$/.test(text.slice(lineStart, i + 1));
}
