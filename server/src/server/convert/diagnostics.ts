import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { DecisionModel, LintMessage, Severity } from '../../core';
import { ruleDocUrl } from '../../node/package-info';
import { rangeOf } from './ranges';

/** The `source` of every diagnostic this server sends (see shared/contracts.md). */
export const SOURCE = 'decision-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(message: LintMessage, model: DecisionModel, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(model, message.span),
    severity: SEVERITY[message.severity],
    source: SOURCE,
    code: message.ruleId,
    codeDescription: { href: ruleDocUrl(message.ruleId) },
    message: message.message,
  };
  if (message.related) {
    diagnostic.relatedInformation = message.related.map((r) => ({ location: { uri, range: rangeOf(model, r.span) }, message: r.message }));
  }
  return diagnostic;
}

/** A problem with the document as a whole (not linted, config broken): shown on its first line. */
export function noticeDiagnostic(message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Warning, line = 0, character = 0): Diagnostic {
  const at = { line, character };
  return { range: { start: at, end: at }, severity, source: SOURCE, message };
}
