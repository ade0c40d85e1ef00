import type { DecisionModel } from '../model/model';
import { parseDecision } from '../parse/parse';
import type { Profile } from '../profile/compile';
import type { LintMessage, Report, Severity, Span } from '../types';
import type { ResolvedConfig } from '../config/resolve';
import { DIRECTIVE_INVALID, DIRECTIVE_UNUSED, INTERNAL_ERROR } from './engine-rules';
import { directivesOf, suppresses, type Directive } from './directives';
import type { AnyRule, RuleContext } from './rule';
import { lintWith, type DocumentMemo } from '../incremental/document-memo';
import { PARSE_TIMING, type RuleTimings } from './rule-timings';
import { compareCodeUnits } from '../text/sorted';

export interface LintInput {
  config: ResolvedConfig;
  rules: readonly AnyRule[];
  profile: Profile;
  /** What the document's last lint found, to redo only what the change can alter. */
  remembered?: DocumentMemo;
  /** Where to add the time of the parse and of each rule, when it is asked for. */
  timings?: RuleTimings;
}

export interface LintResult {
  model: DecisionModel;
  /** Sorted by position, then rule id. */
  messages: LintMessage[];
}

/**
 * Parses the text once and runs every enabled rule over the model. A rule that throws becomes an
 * `internal-error` finding and the others still run; findings under an inline directive are dropped.
 */
export function lintText(text: string, input: LintInput): LintResult {
  const { timings } = input;
  const parse = () => parseDecision(text, input.profile, { numbering: input.config.numbering, classifyLines: input.remembered?.lineClasses.classify });
  const model = timings ? timings.time(PARSE_TIMING, parse) : parse();
  if (input.remembered) lintWith(model, input.remembered);
  const raw: RawFinding[] = [];
  const slice = (span: Span) => text.slice(span.start, span.end);
  for (const rule of input.rules) {
    const setting = input.config.rules.get(rule.meta.id);
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const context: RuleContext<unknown> = { model, options: setting?.options ?? {}, report: (report) => raw.push({ ruleId: rule.meta.id, severity, report }), slice };
    // Only a timed lint makes the closure that timing takes.
    if (timings) timings.time(rule.meta.id, () => runRule(rule, context, input.config, raw));
    else runRule(rule, context, input.config, raw);
  }
  const { directives, problems } = directivesOf(model);
  const used = new Set<Directive>();
  const kept = directives.length === 0 ? raw : raw.filter(({ ruleId, report }) => {
    const line = model.index.positionAt(report.span.start).line;
    // Every directive that covers the finding is in use: one for the file and one for the line both
    // excuse it, and removing either as unused would leave it unexcused once the other goes.
    let suppressed = false;
    for (const d of directives) {
      if (!suppresses(d, ruleId, line)) continue;
      used.add(d);
      suppressed = true;
    }
    return !suppressed;
  });
  kept.push(...directiveFindings(directives, problems, used, input));
  const messages = kept.map(({ ruleId, severity, report }) => toMessage(model, ruleId, severity, report));
  messages.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || compareCodeUnits(a.ruleId, b.ruleId));
  input.remembered?.lintOver();
  return { model, messages };
}

interface RawFinding {
  ruleId: string;
  severity: Severity;
  report: Report;
}

/** A rule that throws becomes an `internal-error` finding, unless that is off. */
function runRule(rule: AnyRule, context: RuleContext<unknown>, config: ResolvedConfig, raw: RawFinding[]): void {
  try {
    rule.check(context);
  } catch (error) {
    const internal = severityOf(config, INTERNAL_ERROR.id, INTERNAL_ERROR.defaultSeverity);
    if (internal !== 'off') {
      const reason = error instanceof Error ? error.message : String(error);
      raw.push({ ruleId: INTERNAL_ERROR.id, severity: internal, report: { message: `Rule "${rule.meta.id}" failed and was skipped: ${reason}`, span: { start: 0, end: 0 } } });
    }
  }
}

function directiveFindings(directives: Directive[], problems: { span: Span; message: string }[], used: Set<Directive>, input: LintInput) {
  const out: RawFinding[] = [];
  // Most drafts have no directive: the set of known rule ids is not built for them.
  if (directives.length === 0 && problems.length === 0) return out;
  const known = new Set([...input.rules.map((r) => r.meta.id), INTERNAL_ERROR.id, DIRECTIVE_UNUSED.id, DIRECTIVE_INVALID.id]);
  const invalid = severityOf(input.config, DIRECTIVE_INVALID.id, DIRECTIVE_INVALID.defaultSeverity);
  const unused = severityOf(input.config, DIRECTIVE_UNUSED.id, DIRECTIVE_UNUSED.defaultSeverity);
  if (invalid !== 'off') {
    for (const p of problems) out.push({ ruleId: DIRECTIVE_INVALID.id, severity: invalid, report: p });
    for (const d of directives) {
      const unknown = d.rules.filter((r) => !known.has(r));
      if (unknown.length > 0) {
        out.push({ ruleId: DIRECTIVE_INVALID.id, severity: invalid, report: { span: d.span, message: `Unknown rule ${unknown.map((r) => `"${r}"`).join(', ')} in directive.` } });
      }
      const aboutDirectives = d.rules.filter((r) => r === DIRECTIVE_UNUSED.id || r === DIRECTIVE_INVALID.id);
      if (aboutDirectives.length > 0) {
        out.push({ ruleId: DIRECTIVE_INVALID.id, severity: invalid, report: { span: d.span, message: `${aboutDirectives.map((r) => `"${r}"`).join(', ')} cannot be disabled by a directive: correct or remove the directive it reports instead.` } });
      }
    }
  }
  if (unused !== 'off') {
    for (const d of directives) {
      // A directive naming only rules that do not exist is already reported as invalid.
      // A directive naming only rules that do not exist, or only the directive rules, is already reported as invalid.
      if (d.kind === 'enable' || used.has(d) || (d.rules.length > 0 && d.rules.every((r) => !known.has(r) || r === DIRECTIVE_UNUSED.id || r === DIRECTIVE_INVALID.id))) continue;
      const what = d.rules.length === 0 ? 'any rule' : d.rules.join(', ');
      // The enable that ends the block goes with the last of the unused blocks it ends, and stays while any block it ends is in use.
      const sharers = d.enable === undefined ? [] : directives.filter((o) => o.enable === d.enable);
      const takesEnable = d.enable !== undefined && !sharers.some((o) => used.has(o)) && sharers[sharers.length - 1] === d;
      const lines = [d, ...(takesEnable ? [d.enable!] : [])];
      out.push({
        ruleId: DIRECTIVE_UNUSED.id,
        severity: unused,
        report: {
          span: d.span,
          message: `Unused directive: no finding of ${what} was disabled here.`,
          fix: { edits: lines.map((l) => ({ range: [l.lineSpan.start, l.lineSpan.end] as [number, number], text: '' })) },
        },
      });
    }
  }
  return out;
}

function severityOf(config: ResolvedConfig, id: string, fallback: Severity) {
  return config.rules.get(id)?.severity ?? fallback;
}

/**
 * The 1-based column of a position. Editors hide a byte-order mark, so it is no column of the first
 * line: a problem matcher or a reader counting columns in the editor lands where the finding is.
 */
function columnOf(model: DecisionModel, position: { line: number; character: number }): number {
  const hidden = position.line === 0 && position.character > 0 && model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return position.character + 1 - hidden;
}

function toMessage(model: DecisionModel, ruleId: string, severity: Severity, report: Report): LintMessage {
  const start = model.index.positionAt(report.span.start);
  const end = model.index.positionAt(report.span.end);
  const message: LintMessage = {
    ruleId,
    severity,
    message: report.message,
    span: report.span,
    line: start.line + 1,
    column: columnOf(model, start),
    endLine: end.line + 1,
    endColumn: columnOf(model, end),
  };
  if (report.fix) message.fix = report.fix;
  if (report.suggestions && report.suggestions.length > 0) message.suggestions = report.suggestions;
  if (report.related && report.related.length > 0) message.related = report.related;
  return message;
}
