import type { DecisionModel } from '../model/model';
import { CitationScanMemo } from './citation-scans';
import { LineClassMemo } from './line-classes';
import { PersonalDataMemo } from './personal-data-scans';

/**
 * What is kept of one document from one lint to the next, so that a keystroke redoes only what it can
 * change: the class of each line, the citation scans and the personal data. The language server keeps
 * one for each large draft; each part is proved equal to a fresh lint by the incremental property test.
 */
export class DocumentMemo {
  readonly lineClasses = new LineClassMemo();
  readonly citationScans = new CitationScanMemo();
  readonly personalData = new PersonalDataMemo();
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
