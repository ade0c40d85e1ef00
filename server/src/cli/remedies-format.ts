import { displayPath } from './formatters/paths';
import type { RemediesReport } from './remedies-export';

/** Long actions are cut in the table; the JSON has them whole. */
const ACTION_WIDTH = 72;

export function remediesJson(reports: readonly RemediesReport[]): string {
  return `${JSON.stringify(reports)}\n`;
}

/** A table per file, for a reviewer reading a terminal; then one line counting what is missing. */
export function remediesTable(reports: readonly RemediesReport[], cwd: string): string {
  const out: string[] = [];
  for (const report of reports) {
    const date = report.decisionDate === null ? 'no decision date: give --decision-date for due dates' : `decision date ${report.decisionDate}`;
    out.push(`${displayPath(report.filePath, cwd)} (${date})`);
    if (report.remedies.length === 0) {
      out.push('  No agreed or recommended actions found.', '');
      continue;
    }
    const rows = [
      ['Line', 'Kind', 'Amount', 'Deadline', 'Due', 'Action'],
      ...report.remedies.map((r) => [`${r.range.line}:${r.range.column}`, r.kind, r.amount?.text ?? '-', r.deadline ?? '-', r.dueDate ?? '-', cut(r.action)]),
    ];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) out.push(`  ${row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]!) : cell)).join('  ')}`);
    out.push('');
  }
  out.push(summary(reports));
  return `${out.join('\n')}\n`;
}

function cut(text: string): string {
  return text.length <= ACTION_WIDTH ? text : `${text.slice(0, ACTION_WIDTH - 1)}\u2026`;
}

function summary(reports: readonly RemediesReport[]): string {
  const actions = reports.flatMap((r) => r.remedies).filter((r) => r.kind !== 'evidence');
  const undated = actions.filter((r) => r.deadline === null).length;
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  if (actions.length === 0) return `No actions in ${files}.`;
  const missing = undated === 0 ? 'every one has a deadline' : `${undated} without a deadline`;
  return `${actions.length} action${actions.length === 1 ? '' : 's'} in ${files}; ${missing}.`;
}
