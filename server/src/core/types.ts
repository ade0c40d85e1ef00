/**
 * The public contracts of the core: findings, fixes and rules.
 *
 * Offsets are UTF-16 code-unit offsets into the text exactly as given (a BOM and CRLF line ends
 * included), which is what both JavaScript strings and the Language Server Protocol count in. Lines
 * and columns are 1-based, and a BOM, which editors hide, is no column of the first line.
 */

/** A half-open span of the text: `start` is the first offset, `end` the offset just past the last. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** One replacement: the text in `range` becomes `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/** A fix is plain data: one or more non-overlapping edits that are applied together or not at all. */
export interface Fix {
  edits: TextEdit[];
}

/** A change a person may want but that must not be applied unattended (never applied by `--fix`). */
export interface Suggestion {
  description: string;
  fix: Fix;
}

/** Another place in the same text that a finding refers to. */
export interface RelatedLocation {
  message: string;
  span: Span;
}

/** What a rule reports, before severity and positions are added. */
export interface Report {
  message: string;
  span: Span;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
}

/** A finding as every shell sees it: 1-based lines and columns, like ESLint. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
}
