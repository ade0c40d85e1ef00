import type { Formatter } from './format';

/** Exactly one JSON array on stdout, the shape in contracts.md. */
export const json: Formatter = (reports) => `${JSON.stringify(reports)}\n`;
