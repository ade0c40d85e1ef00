import type { Severity } from '../../core';
import { totalsOf, type Totals } from '../report';
import type { Formatter } from './format';
import { displayPath } from './paths';

const SGR = { red: 31, yellow: 33, cyan: 36, dim: 2 } as const;
const RESET: Record<keyof typeof SGR, number> = { red: 39, yellow: 39, cyan: 39, dim: 22 };

const SEVERITY_STYLE: Record<Severity, keyof typeof SGR> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'dim' };

/**
 * One finding a line, `path:line:col  severity  message  rule-id`, which a VS Code problem matcher reads
 * with a single regular expression; then one summary line.
 */
export const stylish: Formatter = (reports, { cwd, color }) => {
  const paint = (style: keyof typeof SGR, text: string) => (color ? `\u001b[${SGR[style]}m${text}\u001b[${RESET[style]}m` : text);
  const lines: string[] = [];
  for (const report of reports) {
    const path = displayPath(report.filePath, cwd);
    for (const m of report.messages) {
      // A line break inside a message would split the finding in two for a problem matcher.
      const message = m.message.split(/[\r\n]/).map((part) => part.trim()).filter((part) => part.length > 0).join(' ');
      lines.push(`${path}:${m.line}:${m.column}  ${paint(SEVERITY_STYLE[m.severity], m.severity)}  ${message}  ${paint('dim', m.ruleId)}`);
    }
  }
  const totals = totalsOf(reports);
  const summary = summarise(totals);
  lines.push(totals.errors > 0 ? paint('red', summary) : totals.warnings > 0 ? paint('yellow', summary) : summary);
  return `${lines.join('\n')}\n`;
};

function summarise(t: Totals): string {
  const files = plural(t.files, 'file');
  const problems = t.errors + t.warnings + t.infos;
  if (problems === 0) return `No problems in ${files}.`;
  const fixable = t.fixable > 0 ? `; ${t.fixable} fixable with --fix` : '';
  return `${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${t.infos} info) in ${files}${fixable}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
