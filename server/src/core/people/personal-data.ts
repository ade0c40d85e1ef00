import type { Span } from '../types';
import { movedSpan, type LocalScan } from '../incremental/local-scans';
import { isNhsNumber, isUkPhone } from './checks';
import { fullNamesIn } from './full-names';

export type PersonalDataKind = 'email' | 'phone' | 'postcode' | 'address' | 'ni-number' | 'nhs-number' | 'date-of-birth' | 'case-number' | 'name';

export interface PersonalData {
  kind: PersonalDataKind;
  span: Span;
  text: string;
}

interface PatternDetector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Which group is the data itself (0, the whole match, unless a lead-in names it). */
  group?: number;
  /** A check the pattern cannot make: a check digit, a digit count. */
  accept?: (found: string) => boolean;
  /** Moves the start back over what the pattern could not match without scanning back from every start. */
  widen?: (text: string, start: number) => number;
  /**
   * A cheaper pattern that matches wherever this one could (and more): most drafts have no "@" and no
   * code after "ref", and finding that out with a pattern that starts on a rare character costs a
   * third or less of running the full one, which starts on any capital, digit or common letter.
   */
  hint?: RegExp;
}

/** A kind a single pattern cannot tell apart from ordinary words, found by a function of its own. */
interface FunctionDetector {
  kind: PersonalDataKind;
  find: (text: string) => Span[];
}

type Detector = PatternDetector | FunctionDetector;

/** The part of an address before the "@": a regex for it would retry from every letter of a long word. */
function localPart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
  return start === at ? -1 : start;
}
const LOCAL_CHAR = /[\w.%+-]/;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}';

/**
 * One pattern per kind, each linear (no nested quantifiers), so a long paste cannot stall the editor.
 * Most kinds need a shape no ordinary sentence has; a date needs "date of birth" before it, and a
 * case number a word that says it is one, so that dates and paragraph numbers stay quiet.
 */
const DETECTORS: Detector[] = [
  { kind: 'email', pattern: /@[A-Za-z\d-]{1,63}(?:\.[A-Za-z\d-]{1,63}){1,4}\b/g, widen: localPart, hint: /@/ },
  // "01632 960123", "+44 (0)20 7946 0018", and the area code in brackets: "(01632) 960 123".
  { kind: 'phone', pattern: /(?:(?<![\w+])(?:\+44 ?(?:\(0\) ?)?|0)\d{2,4}[ -]?|\(0\d{2,4}\) ?)\d{3,4}[ -]?\d{3,4}(?!\d)/g, accept: isUkPhone },
  { kind: 'postcode', pattern: /\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b/g, hint: / \d[ABD-HJLNP-UW-Z]{2}\b/ },
  { kind: 'ni-number', pattern: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g },
  { kind: 'nhs-number', pattern: /(?<!\d)(?<!\d )\d{3}[ -]?\d{3}[ -]?\d{4}(?! ?\d)/g, accept: isNhsNumber },
  {
    kind: 'date-of-birth',
    pattern: new RegExp(`\\b(?:[Dd]ate of birth|DOB|D\\.O\\.B\\.?|born on)[:,]? (?:(?:is|was|of|the) )?(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4})\\b`, 'g'),
    group: 1,
  },
  {
    kind: 'address',
    // Street names with an apostrophe too: "22 Queen's Road", "5 O'Connell Road".
    pattern: /\b\d{1,4}[A-Za-z]?,? (?:(?:[A-Z]['\u2019])?[A-Z][a-z]{1,20}(?:['\u2019]s)? ){1,3}(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Gardens|Place|Terrace|Grove|Square|Mews|Rise|Parade|Row)\b/g,
    accept: notAYear,
  },
  {
    kind: 'case-number',
    pattern: /\b(?:(?:[Cc]ase|[Cc]laim|[Cc]rime|[Ff]ile|[Aa]ccount|[Cc]ustomer|[Rr]eference) (?:number|no\.?|ref(?:erence)?(?: number)?)|(?:[Oo]ur|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er) ref(?:erence|\.)?(?: number)?|[Rr]ef\.)[:,]? (?:(?:is|was) )?([A-Z\d][A-Z\d/-]{3,24})\b/g,
    group: 1,
    accept: (found) => /\d/.test(found),
    hint: /(?:number|no\.?|ref(?:erence|\.)?|Ref\.)[:,]? (?:(?:is|was) )?[A-Z\d][A-Z\d/-]{3}/,
  },
  { kind: 'name', find: fullNamesIn },
  // Surnames such as O'Neill, D'Souza, McKenzie and MacLeod as well as Smith and Smith-Jones.
  { kind: 'name', pattern: /\b(?:Mrs|Miss|Mr|Ms|Mx|Dr)\.?[ \u00a0](?!(?:Mrs|Miss|Mr|Ms|Mx|Dr)\b)(?:[A-Z]['\u2019])?[A-Z][a-z]{1,30}(?:[A-Z][a-z]{1,30})?(?:-[A-Z][a-z]{1,30})?\b/g, accept: hasSurname },
];

/** "In 2019 Station Road was closed": a year before a street is a date, not a house number. */
function notAYear(found: string): boolean {
  const n = Number.parseInt(found, 10);
  return !(n >= 1800 && n <= 2199);
}

/** Words after a title that are not surnames: offices ("Mr Justice"), and the start of a couple ("Mr and Mrs X"). */
const NOT_SURNAMES = new Set(['Justice', 'Speaker', 'President', 'Chairman', 'Chair', 'Deputy', 'Registrar', 'Recorder', 'And']);

function hasSurname(found: string): boolean {
  return !NOT_SURNAMES.has(found.slice(Math.max(found.lastIndexOf(' '), found.lastIndexOf('\u00a0')) + 1));
}

/** Where a detector finds its kind in a text, before any other detector's claim is weighed. */
function spansOf(detector: Detector, text: string): Span[] {
  if ('find' in detector) return detector.find(text);
  if (detector.hint !== undefined && !detector.hint.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(detector.pattern)) {
    const group = m[detector.group ?? 0];
    if (group === undefined) continue;
    const groupStart = m.index + m[0].lastIndexOf(group);
    const start = detector.widen ? detector.widen(text, groupStart) : groupStart;
    if (start < 0) continue;
    const span = { start, end: groupStart + group.length };
    if (!detector.accept || detector.accept(text.slice(span.start, span.end))) spans.push(span);
  }
  return spans;
}

/** Every piece of personal data in a text, in order; where two kinds claim the same characters, the earlier detector wins. */
export function personalDataIn(text: string): PersonalData[] {
  const found: PersonalData[] = [];
  // Every span claimed so far, kept in text order for a binary search: text dense with matches ("Mr Mr Mr ...") was quadratic with a scan of every claim.
  const claimed: Span[] = [];
  for (const detector of DETECTORS) {
    for (const span of spansOf(detector, text)) {
      const at = firstEndingAfter(claimed, span.start);
      if (at < claimed.length && claimed[at]!.start < span.end) continue;
      claimed.splice(at, 0, span);
      found.push({ kind: detector.kind, span, text: text.slice(span.start, span.end) });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Personal data, scanned line by line, for the language server to rescan only the lines a keystroke
 * changed: no detector's match, nor anything a detector reads around one, crosses a line break (the
 * patterns allow only spaces between their parts, and the name finder stops at the end of a line),
 * so two claims on the same characters always lie in one line.
 */
export const PERSONAL_DATA_SCAN: LocalScan<PersonalData> = {
  within: 'line',
  find: personalDataIn,
  moved: (data, by) => ({ kind: data.kind, span: movedSpan(data.span, by), text: data.text }),
  start: (data) => data.span.start,
};

/** The index of the first of `sorted` (spans that do not overlap one another, in text order) that ends after `offset`. */
function firstEndingAfter(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
