import type { Fix, LintMessage, Severity } from '../core';

/** A finding as the JSON report prints it (see contracts.md); the other formats read the same data. */
export interface ReportMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
}

export interface FileReport {
  /** Absolute, or `<stdin>` for standard input without --stdin-filename. */
  filePath: string;
  messages: ReportMessage[];
  errorCount: number;
  warningCount: number;
  /** Findings at info or hint level. */
  infoCount: number;
  /** Findings that --fix would fix. */
  fixableCount: number;
  /** With --fix-dry-run: the text after fixing, when fixing changes it. */
  output?: string;
}

/** The warnings --quiet left out of a report, which --max-warnings still counts. */
const quietWarnings = new WeakMap<FileReport, number>();

export function toFileReport(filePath: string, messages: readonly LintMessage[], quiet: boolean): FileReport {
  const kept = quiet ? messages.filter((m) => m.severity === 'error') : messages;
  const count = (test: (m: LintMessage) => boolean) => kept.filter(test).length;
  const report: FileReport = {
    filePath,
    messages: kept.map(toReportMessage),
    errorCount: count((m) => m.severity === 'error'),
    warningCount: count((m) => m.severity === 'warning'),
    infoCount: count((m) => m.severity === 'info' || m.severity === 'hint'),
    fixableCount: count((m) => m.fix !== undefined),
  };
  if (quiet) quietWarnings.set(report, messages.filter((m) => m.severity === 'warning').length);
  return report;
}

/**
 * The warnings a file has, shown or not: --quiet only hides them, so that "--quiet --max-warnings 0"
 * still fails a CI job on a warning, as ESLint's does.
 */
export function warningsFound(report: FileReport): number {
  return quietWarnings.get(report) ?? report.warningCount;
}

function toReportMessage(m: LintMessage): ReportMessage {
  const message: ReportMessage = { ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn };
  if (m.fix) message.fix = m.fix;
  return message;
}

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

export function totalsOf(reports: readonly FileReport[]): Totals {
  const sum = (pick: (r: FileReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
  return { files: reports.length, errors: sum((r) => r.errorCount), warnings: sum((r) => r.warningCount), infos: sum((r) => r.infoCount), fixable: sum((r) => r.fixableCount) };
}
