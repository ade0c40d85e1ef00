import type { Profile } from '../profile/compile';
import type { FieldRole } from '../profile/schema';
import type { MarkerStyle } from '../model/model';
import { normaliseHeading } from '../text/normalise';
import { skipWhiteSpace, wordCount } from '../text/white-space';
import { trimmedLength } from '../text/lines';
import { isDigitCode } from '../people/words';

/**
 * What a line is, read from its text alone. Offsets count from the line's start, so that a class does
 * not change when an edit elsewhere moves the line, and the language server can keep it between lints.
 */
export type LineClass =
  | { kind: 'blank' }
  | { kind: 'directive' }
  | { kind: 'clutter' }
  | { kind: 'signoff' }
  | { kind: 'status'; status: 'final' | 'draft' }
  | { kind: 'field'; label: string; role: FieldRole; labelEnd: number; valueStart: number }
  | { kind: 'marker'; indent: number; markerStart: number; markerEnd: number; textStart: number; raw: string; style: MarkerStyle | 'ambiguous-roman'; value: number; alphaValue: number }
  | { kind: 'bullet'; indent: number; textStart: number }
  | { kind: 'text'; indent: number };

/** Directives are written as HTML comments, which never occur in decision text. */
export const DIRECTIVE_LINE = /^\s*<!--\s*decision-lint-/;
/** How every comment opens: a text without it has no directive. */
export const COMMENT_OPEN = '<!--';

const STATUS = /^the ombudsman['\u2019]?s (final|draft) decision ?:?$/i;
/**
 * A paragraph or list marker and the blanks around it, at the line's start. Most lines of a draft open
 * with one, so the pattern has no groups and is only tested (sticky, so that `lastIndex` says where the
 * match ends); `markerClass` reads the parts back rather than each line copying them out.
 */
const MARKER = /^[ \t]*\(?(?:\d{1,4}|[a-zA-Z]|[ivxlIVXL]{2,6})[.)](?=[ \t]|$)[ \t]*/y;
const BULLET = /^[ \t]*[\u2022\u25AA\u25E6\u00B7\u2023\u2043*-][ \t]+/;
const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/;

/** Tabs count as four columns: drafts mix them with spaces to indent nested lists. */
export function romanValue(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };
  let total = 0;
  const s = numeral.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]!] ?? 0;
    const next = values[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function isClutter(text: string, profile: Profile): boolean {
  return isClutterLine(text, profile, text.length <= profile.longestShortLine ? normaliseHeading(text) : undefined);
}

/** `key` is the line's normalised form when it is short enough to be a clutter line, else undefined. */
function isClutterLine(text: string, profile: Profile, key: string | undefined): boolean {
  const trimmed = text.trim();
  if (profile.clutterPatterns.some((p) => p.test(trimmed))) return true;
  if (key === undefined && !/^\s*-/.test(text)) return false;
  key ??= normaliseHeading(text);
  return key.length > 0 && (profile.clutterLines.has(key) || isContentsList(key, profile));
}

/** Newer web copies open with the section names run together: "- The complaint - The Ombudsman's role ...". */
function isContentsList(key: string, profile: Profile): boolean {
  // The key's white space is already folded to single spaces.
  if (!key.includes(' - ')) return false;
  const parts = key.replace(/^- ?/, '').split(' - ');
  if (parts.length < 2) return false;
  return parts.filter((p) => profile.headingIndex.has(p)).length >= 2;
}

/**
 * A `Label : value` line whose label the profile knows, as offsets into `text`. The Summary's label may
 * stand alone, its text on the lines after it, as the Scottish and Welsh ombudsmen print it.
 */
function fieldAt(text: string, profile: Profile): { label: string; role: FieldRole; labelEnd: number; valueStart: number } | undefined {
  // A label, the space around it and its colon all lie near the start: long lines are not read to the
  // end, nor is their head copied out to be searched.
  const headEnd = Math.min(text.length, profile.longestLabel + 16);
  const start = skipWhiteSpace(text, 0, headEnd);
  // Most lines of a draft open with a paragraph number.
  if (!profile.labelOpensWithDigit && isDigitCode(text.charCodeAt(start))) return undefined;
  let colon = start;
  while (colon < headEnd && text.charCodeAt(colon) !== 0x3a) colon++;
  if (colon === headEnd) colon = -1;
  if (colon === -1 && text.length > headEnd) return undefined;
  const label = text.slice(start, colon === -1 ? text.length : colon).trimEnd();
  const role = profile.fieldRoles.get(label.toLowerCase());
  if (role === undefined || (colon === -1 && role !== 'summary')) return undefined;
  if (colon === -1) return { label, role, labelEnd: start + label.length, valueStart: start + label.length };
  const value = text.slice(colon + 1);
  return { label, role, labelEnd: start + label.length, valueStart: colon + 1 + value.length - value.trimStart().length };
}

// Classes that carry nothing but their kind are shared: no one changes a class once made.
const BLANK: LineClass = { kind: 'blank' };
const DIRECTIVE: LineClass = { kind: 'directive' };
const SIGNOFF: LineClass = { kind: 'signoff' };
const CLUTTER: LineClass = { kind: 'clutter' };

/** The longest line STATUS can match. */
const LONGEST_STATUS = "the ombudsman's final decision :".length;

/** The status a trimmed line declares, in the house's words or (for other ombudsmen) in the profile's. */
function statusOf(trimmed: string, profile: Profile): 'final' | 'draft' | undefined {
  const status = STATUS.exec(trimmed);
  if (status) return status[1]!.toLowerCase() === 'final' ? 'final' : 'draft';
  return trimmed.length > profile.longestStatusLine ? undefined : profile.statusLines.get(trimmed.toLowerCase());
}

/** Classifies a line's text; the offsets in the class count from the line's start. */
export function classifyLine(lineText: string, profile: Profile): LineClass {
  const text = lineText.charCodeAt(0) === 0xfeff ? lineText.slice(1) : lineText;
  const offset = lineText.length - text.length;
  const first = skipWhiteSpace(text);
  if (first === text.length) return BLANK;
  // A directive opens with "<!--", so no other line is worth the pattern.
  if (text.charCodeAt(first) === 0x3c && DIRECTIVE_LINE.test(text)) return DIRECTIVE;
  // Status lines are short: a paragraph line is not trimmed to be compared with them.
  if (trimmedLength(text, first) - first <= Math.max(LONGEST_STATUS, profile.longestStatusLine)) {
    const status = statusOf(text.trim(), profile);
    if (status !== undefined) return { kind: 'status', status };
  }
  const field = fieldAt(text, profile);
  if (field) return { kind: 'field', label: field.label, role: field.role, labelEnd: offset + field.labelEnd, valueStart: offset + field.valueStart };
  MARKER.lastIndex = 0;
  if (MARKER.test(text) && text.length > MARKER.lastIndex) return markerClass(text, MARKER.lastIndex, offset);
  // Website text never carries a paragraph number, so numbered lines are settled before it is looked for.
  const key = text.length <= profile.longestShortLine ? normaliseHeading(text) : undefined;
  if (key !== undefined && profile.signoff.has(key)) return SIGNOFF;
  if (isClutterLine(text, profile, key)) return CLUTTER;
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: 'bullet', indent: leadingIndent(text), textStart: offset + bullet[0].length };
  return { kind: 'text', indent: leadingIndent(text) };
}

/** The width of the spaces and tabs a line opens with, a tab counting four, read in place. */
function leadingIndent(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) width += 1;
    else if (code === 0x09) width += 4;
    else break;
  }
  return width;
}

/**
 * A line opening with a number, letter or numeral and its stop, which `MARKER` matched up to `whole`;
 * `start` is where its text (after any BOM) begins in the line. The parts are read back from the text:
 * the pattern's runs of blanks, digits and numerals are greedy, so they end where these loops stop.
 */
function markerClass(text: string, whole: number, start: number): LineClass {
  let lead = 0;
  while (isBlank(text.charCodeAt(lead))) lead++;
  let close = whole - 1;
  while (isBlank(text.charCodeAt(close))) close--;
  const opens = text.charCodeAt(lead) === 0x28;
  const indent = leadingIndent(text);
  if (opens && text.charCodeAt(close) !== 0x29) return { kind: 'text', indent };
  const bodyStart = lead + (opens ? 1 : 0);
  // The style is settled first so that one object literal makes every marker class: spreading a shared
  // base object was the parser's costliest line, and a function made per line to build it the next.
  let style: MarkerStyle | 'ambiguous-roman';
  let value: number;
  let alphaValue = 0;
  const first = text.charCodeAt(bodyStart);
  if (first >= 48 && first <= 57) {
    style = 'decimal';
    value = digitsValue(text, bodyStart, close);
  } else {
    const body = text.slice(bodyStart, close);
    const lower = body.toLowerCase();
    if (body.length > 1) {
      if (!ROMAN.test(lower) || body !== lower) return { kind: 'text', indent };
      style = 'lower-roman';
      value = romanValue(lower);
    } else {
      alphaValue = lower.charCodeAt(0) - 96;
      const roman = body === lower && ROMAN.test(lower);
      style = roman ? 'ambiguous-roman' : body === lower ? 'lower-alpha' : 'upper-alpha';
      value = roman ? romanValue(lower) : alphaValue;
    }
  }
  return { kind: 'marker', indent, markerStart: start + lead, markerEnd: start + close + 1, textStart: start + whole, raw: text.slice(lead, close + 1), style, value, alphaValue };
}

/** A space or tab, the blanks a marker's pattern allows around it. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** The number the ASCII digits from `from` to `to` write. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/**
 * A line that reads as a heading: short, capitalised, and not ending the way sentences and lead-ins
 * do. Context (a blank line before it) is checked by the parser.
 */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120) return false;
  if (/[.;,:\u2026]$/.test(t)) return false;
  if (!/^[\p{Lu}\d'"\u2018\u201C(]/u.test(t)) return false;
  return wordCount(t) <= 16;
}
