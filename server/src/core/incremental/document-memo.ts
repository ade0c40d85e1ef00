import type { DecisionModel } from '../model/model';
import { ChangeFinder } from './changes';
import { CitationScanMemo } from './citation-scans';
import { LineClassMemo } from './line-classes';
import { LocalScanMemo, type LocalScan } from './local-scans';

/**
 * What is kept of one document from one lint to the next, so that a keystroke redoes only what it can
 * change: the class of each line, the citation scans, and the local scans (personal data, titled
 * letters, children's introductions, anonymised places and bodies, full dates, draft wording). The
 * language server keeps one for each large draft; each part is proved equal to a fresh lint by the
 * incremental property test.
 */
export class DocumentMemo {
  private readonly changes = new ChangeFinder();
  readonly lineClasses = new LineClassMemo();
  readonly citationScans = new CitationScanMemo(this.changes);
  private readonly localScans = new Map<LocalScan<unknown>, LocalScanMemo<unknown>>();

  /** Called when a lint with this memo is over: what was asked only during it can go. */
  lintOver(): void {
    this.changes.forget();
  }

  /** The memo of a local scan, made on first use: the scans are the analyses', which this need not know. */
  localScan<T>(scan: LocalScan<T>): LocalScanMemo<T> {
    let memo = this.localScans.get(scan as LocalScan<unknown>) as LocalScanMemo<T> | undefined;
    if (memo === undefined) {
      memo = new LocalScanMemo(scan, this.changes);
      this.localScans.set(scan as LocalScan<unknown>, memo as LocalScanMemo<unknown>);
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

/** What a local scan finds in the model's text: from the changed lines and the last lint's finds when the document has a memo. */
export function scanLocally<T>(model: DecisionModel, scan: LocalScan<T>): readonly T[] {
  return memoOf(model)?.localScan(scan).scan(model.text) ?? scan.find(model.text);
}
