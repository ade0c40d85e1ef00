import type { Range } from 'vscode-languageserver/node';
import { isoDate, remediesOf, type DecisionModel, type RemedyKind } from '../../core';
import { rangeOf } from '../convert/ranges';

/** One agreed action as the `decision-lint.remedies` command returns it (the VS Code extension's remedies view). */
export interface ListedRemedy {
  text: string;
  kind: RemedyKind;
  amounts: string[];
  deadline?: string;
  /** YYYY-MM-DD, when the decision date fixes one. */
  due?: string;
  range: Range;
}

export function remedyList(model: DecisionModel): ListedRemedy[] {
  return remediesOf(model).remedies.map((remedy) => {
    const listed: ListedRemedy = { text: remedy.text, kind: remedy.kind, amounts: remedy.amounts.map((a) => a.text), range: rangeOf(model, remedy.span) };
    if (remedy.deadline) listed.deadline = remedy.deadline.text;
    if (remedy.due) listed.due = isoDate(remedy.due);
    return listed;
  });
}
