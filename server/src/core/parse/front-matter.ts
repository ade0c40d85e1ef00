import type { Profile } from '../profile/compile';
import type { Clutter, Field, FrontMatter, Title } from '../model/model';
import { trimmedSpan, type Line } from '../text/lines';
import { looksLikeHeading, type LineClass } from './classify';
import { matchHeading } from './heading-match';
import { clutterAt } from './clutter';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  clutter: Clutter[];
  /** The first line of the body: a section heading, a numbered paragraph or unrecognised text. */
  bodyStartLine: number;
}


/**
 * Reads the lines before the first section: title, `Label : value` fields, the final/draft marker and
 * the Summary (which may run on over several lines, or start on the line after its label).
 */
export function parseFrontMatter(lines: Line[], classes: LineClass[], profile: Profile): FrontMatterResult {
  const fm: FrontMatter = { span: { start: 0, end: 0 } };
  const clutter: Clutter[] = [];
  let summaryOpen = false;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const cls = classes[i]!;
    if (cls.kind === 'blank') {
      if (summaryOpen && fm.summary && fm.summary.value.length > 0) summaryOpen = false;
      continue;
    }
    if (cls.kind === 'directive') continue;
    if (cls.kind === 'clutter') {
      clutter.push(clutterAt(lines, classes, i));
      continue;
    }
    if (cls.kind === 'status') {
      fm.status = { span: trimmedSpan(line), kind: cls.status };
      continue;
    }
    if (cls.kind === 'field') {
      summaryOpen = addField(fm, line, cls);
      continue;
    }
    if (cls.kind !== 'text') break;
    const span = trimmedSpan(line);
    const text = line.text.slice(span.start - line.start, span.end - line.start);
    const match = matchHeading(text, profile);
    if (match !== undefined && (match.kind !== 'near' || looksLikeHeading(text))) break;
    if (summaryOpen && fm.summary) {
      extendSummary(fm.summary, span, text);
      continue;
    }
    if (fm.title === undefined && !hasFields(fm)) {
      fm.title = parseTitle(text, span);
      continue;
    }
    break;
  }
  const last = [fm.title?.span.end, fm.category?.span.end, fm.decision?.span.end, fm.date?.span.end, fm.status?.span.end, fm.summary?.span.end];
  fm.span.end = Math.max(0, ...last.filter((n): n is number => n !== undefined));
  return { frontMatter: fm, clutter, bodyStartLine: i };
}

function hasFields(fm: FrontMatter): boolean {
  return fm.category !== undefined || fm.decision !== undefined || fm.date !== undefined || fm.status !== undefined || fm.summary !== undefined;
}

/** "Body name (21 003 279)": the reference is whatever stands in the last, closing brackets. */
function parseTitle(text: string, span: { start: number; end: number }): Title {
  const open = text.lastIndexOf('(');
  const inside = open === -1 ? '' : text.slice(open + 1, text.length - 1);
  if (!text.endsWith(')') || open === -1 || inside.includes(')')) return { span, bodyName: text };
  const lead = inside.length - inside.trimStart().length;
  const trimmed = inside.trim();
  const referenceStart = span.start + open + 1 + lead;
  return {
    span,
    bodyName: text.slice(0, open).trimEnd(),
    reference: { text: trimmed, span: { start: referenceStart, end: referenceStart + trimmed.length } },
  };
}

/** Returns whether the field is a Summary that may continue on the following lines. */
function addField(fm: FrontMatter, line: Line, cls: Extract<LineClass, { kind: 'field' }>): boolean {
  const span = trimmedSpan(line);
  const valueSpan = { start: Math.min(line.start + cls.valueStart, span.end), end: span.end };
  const field: Field = { span, label: cls.label, value: line.text.slice(valueSpan.start - line.start, valueSpan.end - line.start), valueSpan };
  switch (cls.role) {
    case 'summary':
      fm.summary ??= field;
      return fm.summary === field;
    case 'reference':
      // Offices that print the reference as a field have no title line: the field stands for it, also
      // over a line above it that was taken for a title without a reference (the body's name).
      if (fm.title?.reference === undefined) fm.title = field.value.length === 0 ? { span, bodyName: '' } : { span, bodyName: '', reference: { text: field.value, span: valueSpan } };
      return false;
    case 'other':
      return false;
    default:
      fm[cls.role] ??= field;
      return false;
  }
}

function extendSummary(summary: Field, span: { start: number; end: number }, text: string): void {
  if (summary.value.length === 0) {
    summary.valueSpan = { ...span };
    summary.value = text;
  } else {
    summary.valueSpan.end = span.end;
    summary.value += ' ' + text;
  }
  summary.span.end = span.end;
}
