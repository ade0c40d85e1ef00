import type { DecisionModel } from '../model/model';
import { ChangedLinesFinder } from './changed-lines';
import { CitationScanMemo } from './citation-scans';
import { LineClassMemo } from './line-classes';
import { LineScanMemo, type LineScan } from './line-scans';

/**
 * What is kept of one document from one lint to the next, so that a keystroke redoes only what it can
 * change: the class of each line, the citation scans, and the line scans (personal data, titled
 * letters, children's introductions, draft wording). The language server keeps one for each large
 * draft; each part is proved equal to a fresh lint by the incremental property test.
 */
export class DocumentMemo {
  readonly lineClasses = new LineClassMemo();
  readonly citationScans = new CitationScanMemo();
  private readonly changes = new ChangedLinesFinder();
  private readonly lineScans = new Map<LineScan<unknown>, LineScanMemo<unknown>>();

  /** The memo of a line scan, made on first use: the scans are the analyses', which this need not know. */
  lineScan<T>(scan: LineScan<T>): LineScanMemo<T> {
    let memo = this.lineScans.get(scan as LineScan<unknown>) as LineScanMemo<T> | undefined;
    if (memo === undefined) {
      memo = new LineScanMemo(scan, this.changes);
      this.lineScans.set(scan as LineScan<unknown>, memo as LineScanMemo<unknown>);
    }
    return memo;
  }
}

/** Where a model keeps the memo of its document: on the model itself, not in a WeakMap, for the reason `oncePer` gives. */
const MEMO = Symbol('memo');

/** Ties a model to the memo of its document, for the analyses that reuse what the last lint found. */
export function lintWith(model: DecisionModel, memo: DocumentMemo): void {
  Object.defineProperty(model, MEMO, { value: memo });
}

/** The memo of the model's document, if it has one (a large draft in the language server). */
export function memoOf(model: DecisionModel): DocumentMemo | undefined {
  return (model as DecisionModel & { [MEMO]?: DocumentMemo })[MEMO];
}

/** What a line scan finds in the model's text: from the changed lines and the last lint's finds when the document has a memo. */
export function scanLines<T>(model: DecisionModel, scan: LineScan<T>): readonly T[] {
  return memoOf(model)?.lineScan(scan).scan(model.text) ?? scan.find(model.text);
}
