import type { PathError } from '../../node/path-error';
import type { FileReport } from '../report';

export interface FormatContext {
  /** Paths under it are shown relative to it. */
  cwd: string;
  color: boolean;
  /** Files that could not be linted; already reported on stderr. */
  problems: readonly PathError[];
}

/** Turns the reports of a run into the text printed on stdout. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
