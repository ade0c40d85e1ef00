import type { DecisionModel } from '../model/model';
import { childIntroductions } from '../people/children';
import { personalDataIn } from '../people/personal-data';
import { titledMentions } from '../people/titles';
import type { PersonMention } from '../people/types';
import { CitationScanMemo } from './citation-scans';
import { LineClassMemo } from './line-classes';
import { LineLocalScanMemo, movedSpan } from './line-local-scans';

/**
 * What is kept of one document from one lint to the next, so that a keystroke redoes only what it can
 * change: the class of each line, the citation scans, the personal data and the titled and introduced
 * people. The language server keeps one for each large draft; each part is proved equal to a fresh lint
 * by the incremental property test.
 */
export class DocumentMemo {
  readonly lineClasses = new LineClassMemo();
  readonly citationScans = new CitationScanMemo();
  /**
   * Read a line at a time: the detectors' patterns allow only spaces between their parts and the name
   * finder stops at the end of a line, so two claims on the same characters always lie in one line.
   */
  readonly personalData = new LineLocalScanMemo(personalDataIn, (data, by) => ({ kind: data.kind, span: movedSpan(data.span, by), text: data.text }));
  /** "Miss X": the title, one space and the letter. */
  readonly titledMentions = new LineLocalScanMemo(titledMentions, movedMention);
  /** "her son, Y": the relation word, a comma, a space and a bracket at most, and the letter. */
  readonly childIntroductions = new LineLocalScanMemo(childIntroductions, movedMention);
}

function movedMention<T extends PersonMention>(mention: T, by: number): T {
  return { ...mention, span: movedSpan(mention.span, by), letterSpan: movedSpan(mention.letterSpan, by) };
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
