import type { DecisionModel } from '../model/model';
import { oncePer } from '../once-per';
import type { Line } from '../text/lines';
import { trimmedSpan } from '../text/lines';
import type { Span } from '../types';
import { COMMENT_OPEN } from '../parse/classify';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

/**
 * An inline directive, written as an HTML comment on a line of its own so that it can never be read as
 * decision text: `<!-- decision-lint-disable-next-line numbering-gap -- reason -->`.
 */
export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  rules: string[];
  reason?: string;
  span: Span;
  /** The whole line with its line end, for removal. */
  lineSpan: Span;
  /** The lines (0-based, inclusive) whose findings it suppresses; `enable` has none. */
  from: number;
  to: number;
  /** For `disable`, the `enable` that ends its block. */
  enable?: Directive;
}

export interface DirectiveProblem {
  span: Span;
  message: string;
}

const PREFIX = 'decision-lint-';
const ON_ITS_OWN = 'A directive must stand on a line of its own; this one is ignored.';
const KINDS: readonly string[] = ['disable-next-line', 'disable', 'enable', 'disable-file'];

/** The directives of a model's text, read once for the engine and for the fixes that must respect them. */
export const directivesOf = oncePer((model: DecisionModel) => parseDirectives(model.text, model.lines));

/** The directives of a text split into `lines`, and what is wrong with the ones that are not valid. */
export function parseDirectives(text: string, lines: readonly Line[]): { directives: Directive[]; problems: DirectiveProblem[] } {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  // Most drafts have no comment at all: one search of the text spares one of every line.
  if (!text.includes(COMMENT_OPEN)) return { directives, problems };
  for (const line of lines) {
    if (!line.text.includes(COMMENT_OPEN)) continue;
    const span = trimmedSpan(line);
    const parts = splitDirective(line.text.trim());
    if (parts === undefined) {
      if (mentionsDirective(line.text)) problems.push({ span, message: ON_ITS_OWN });
      continue;
    }
    const { kind, body, closed } = parts;
    if (!closed) {
      const message = body.includes('-->') ? ON_ITS_OWN : 'This directive is not closed: end it with "-->" on the same line.';
      problems.push({ span, message });
      continue;
    }
    if (!KINDS.includes(kind)) {
      problems.push({ span, message: `Unknown directive "decision-lint-${kind}"; use disable-next-line, disable, enable or disable-file.` });
      continue;
    }
    const [ruleText, ...reasonParts] = body.split(/\s--\s?/);
    const rules = (ruleText ?? '').split(/[\s,]+/).filter((r) => r.length > 0);
    const reason = reasonParts.join(' -- ').trim();
    const directive: Directive = {
      kind: kind as DirectiveKind,
      rules,
      span,
      lineSpan: { start: line.start, end: line.next },
      from: line.index,
      to: line.index,
    };
    if (reason.length > 0) directive.reason = reason;
    directives.push(directive);
  }
  setScopes(directives, lines);
  return { directives, problems };
}

/**
 * Reads "<!-- decision-lint-KIND BODY -->" from a trimmed line by hand: a regular expression for it
 * backtracks badly on long lines of spaces (see the ReDoS test).
 */
function splitDirective(trimmed: string): { kind: string; body: string; closed: boolean } | undefined {
  if (!trimmed.startsWith(COMMENT_OPEN)) return undefined;
  const inner = trimmed.slice(COMMENT_OPEN.length).trimStart();
  if (!inner.startsWith(PREFIX)) return undefined;
  const closed = inner.endsWith('-->');
  const rest = inner.slice(PREFIX.length, closed ? inner.length - 3 : inner.length);
  const kind = /^[a-z-]*/.exec(rest)![0];
  return { kind, body: rest.slice(kind.length), closed };
}

function mentionsDirective(text: string): boolean {
  for (let at = text.indexOf(COMMENT_OPEN); at !== -1; at = text.indexOf(COMMENT_OPEN, at + 1)) {
    if (text.slice(at + COMMENT_OPEN.length).trimStart().startsWith(PREFIX)) return true;
  }
  return false;
}

/** Next-line means the next line with text on it: drafts leave blank lines between paragraphs. */
function setScopes(directives: Directive[], lines: readonly Line[]): void {
  const last = lines.length - 1;
  for (const d of directives) {
    if (d.kind === 'disable-file') {
      d.from = 0;
      d.to = last;
    } else if (d.kind === 'disable-next-line') {
      let i = d.from + 1;
      while (i <= last && (lines[i]!.text.trim() === '' || splitDirective(lines[i]!.text.trim()) !== undefined)) i++;
      d.from = d.to = Math.min(i, last);
    } else if (d.kind === 'disable') {
      const enable = directives.find((e) => e.kind === 'enable' && e.from > d.from && sameRules(e.rules, d.rules));
      d.to = enable ? enable.from : last;
      if (enable) d.enable = enable;
    }
  }
}

function sameRules(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((r) => b.includes(r));
}

export function suppresses(directive: Directive, ruleId: string, line: number): boolean {
  if (directive.kind === 'enable') return false;
  if (line < directive.from || line > directive.to) return false;
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}
