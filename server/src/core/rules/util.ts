import { lineAt } from '../text/lines';
import type { DecisionModel, Heading, Marker, Section } from '../model/model';
import type { Fix, Span } from '../types';

/**
 * Copies from other sites lack the Category, Decision and date lines, and the house tolerates that in
 * input (house-style.md section 1); a statement marked final or draft is in house form and needs them.
 */
export function needsFullFrontMatter(model: DecisionModel): boolean {
  return model.frontMatter.status !== undefined || model.profile.data.statusLines.final.length === 0;
}

/**
 * Takes the number off a heading typed as a numbered paragraph. Headings stand at the margin, so the
 * indent a website copy gives its numbers goes with the number.
 */
export function unnumberHeading(model: DecisionModel, heading: Heading): Fix {
  const lineStart = lineAt(model.lines, model.index, heading.span.start).start;
  return replace({ start: lineStart, end: headingTextSpan(heading).start }, '');
}

export function replace(span: Span, text: string): Fix {
  return { edits: [{ range: [span.start, span.end], text }] };
}

/** The heading's words, after any paragraph number it was typed with. */
export function headingTextSpan(heading: Heading): Span {
  return { start: heading.span.end - heading.text.length, end: heading.span.end };
}

export function sectionName(model: DecisionModel, section: Section | string): string {
  const id = typeof section === 'string' ? section : section.id;
  const spec = id === undefined ? undefined : model.profile.sectionById.get(id);
  return spec?.heading ?? (typeof section === 'string' ? section : section.heading.text);
}

/** Writes a value in a marker's own style: "3." stays "N.", "(c)" stays "(x)", "ii)" stays roman. */
export function markerText(marker: Marker, value: number): string {
  const body = /\d+|[a-zA-Z]+/.exec(marker.text)?.[0] ?? '';
  const open = marker.text.startsWith('(') ? '(' : '';
  const close = marker.text.endsWith(')') ? ')' : '.';
  return `${open}${formatValue(value, marker.style, body)}${close}`;
}

function formatValue(value: number, style: Marker['style'], body: string): string {
  switch (style) {
    case 'decimal':
      return String(value);
    case 'lower-roman':
      return toRoman(value);
    case 'upper-alpha':
      return alpha(value).toUpperCase();
    case 'lower-alpha':
      return alpha(value);
    default:
      return body;
  }
}

function alpha(value: number): string {
  let out = '';
  for (let n = value; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
  return out;
}

function toRoman(value: number): string {
  const table: [number, string][] = [[50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let n = value;
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
