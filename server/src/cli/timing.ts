import { PARSE_TIMING, RuleTimings } from '../core';

/** The fewest rules TIMING shows: `TIMING=1` is how most people switch it on, not a count. */
const FEWEST_ROWS = 10;

/**
 * The rows TIMING asks for, read as ESLint reads its TIMING: unset or empty for none, `all` for every
 * rule, a number above ten for that many, anything else for ten.
 */
export function timingRows(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (value.toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  return /^\d+$/.test(value) ? Math.max(FEWEST_ROWS, Number(value)) : FEWEST_ROWS;
}

/** What TIMING asks of a run: the times to gather, and how many rules to show; undefined when it asks nothing. */
export function timingRequest(value: string | undefined): { rows: number; timings: RuleTimings } | undefined {
  const rows = timingRows(value);
  return rows === undefined ? undefined : { rows, timings: cliTimings() };
}

/** Rule times on the clock of the thread that reads them, the main thread's or a worker's. */
export function cliTimings(): RuleTimings {
  return new RuleTimings(() => performance.now());
}

/**
 * The rules that took longest, each with its share of the time of all the rules and the parse. Written
 * to standard error, so that a JSON or SARIF report on standard output stays whole.
 */
export function timingTable(timings: RuleTimings, rows: number): string {
  const all = timings.longestFirst();
  const total = all.reduce((sum, [, ms]) => sum + ms, 0);
  const shown = all.slice(0, rows).map(([id, ms]) => [id, ms.toFixed(1), `${total > 0 ? ((100 * ms) / total).toFixed(1) : '0.0'}%`]);
  const header = ['Rule', 'Time (ms)', 'Share'];
  const widths = header.map((h, i) => Math.max(h.length, ...shown.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rules = all.filter(([id]) => id !== PARSE_TIMING).length;
  return [
    line(header),
    ...shown.map(line),
    `Total ${total.toFixed(1)} ms over ${rules} rules and the parse ${PARSE_TIMING}.`,
    'A reading that several rules share is charged to the first rule that asks for it.',
    '',
  ].join('\n');
}
