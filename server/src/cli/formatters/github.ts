import type { Severity } from '../../core';
import type { Formatter } from './format';
import { displayPath } from './paths';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands, which the runner turns into annotations on the changed files. */
export const github: Formatter = (reports, { cwd }) => {
  const lines: string[] = [];
  for (const report of reports) {
    const file = escapeProperty(displayPath(report.filePath, cwd));
    for (const m of report.messages) {
      const properties = `file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(m.ruleId)}`;
      lines.push(`::${COMMAND[m.severity]} ${properties}::${escapeData(m.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

// The escapes the runner undoes (actions/toolkit, core/src/command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
