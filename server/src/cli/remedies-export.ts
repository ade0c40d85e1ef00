import { dueDate, isoDate, modelOf, remediesOf, type CalendarDate, type RemedyKind, type ResolvedConfig, type Span } from '../core';

/** One action as `decision-lint remedies --format json` prints it (contracts.md: the remedies export). */
export interface ExportedRemedy {
  section: string;
  action: string;
  kind: RemedyKind;
  kinds: RemedyKind[];
  /** The first sum the action names; `amounts` has every one. */
  amount: ExportedAmount | null;
  amounts: ExportedAmount[];
  deadline: string | null;
  /** YYYY-MM-DD, or null when there is no decision date or the deadline runs from another event. */
  dueDate: string | null;
  /** 1-based, columns in UTF-16 code units, as in the lint report. */
  range: { line: number; column: number; endLine: number; endColumn: number };
}

export interface ExportedAmount {
  text: string;
  pence: number;
}

export interface RemediesReport {
  filePath: string;
  /** The date due dates count from: --decision-date, else the draft's own Decision date line. */
  decisionDate: string | null;
  remedies: ExportedRemedy[];
}

export function exportRemedies(filePath: string, text: string, config: ResolvedConfig, decisionDate: CalendarDate | undefined): RemediesReport {
  const model = modelOf(text, config);
  const list = remediesOf(model);
  const date = decisionDate ?? list.decisionDate;
  const position = (offset: number) => model.index.positionAt(offset);
  const range = (span: Span) => {
    const [start, end] = [position(span.start), position(span.end)];
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
  const remedies = list.sections.flatMap((section) =>
    section.remedies.map((remedy): ExportedRemedy => {
      const amounts = remedy.amounts.map((a) => ({ text: a.text, pence: a.pence }));
      const due = remedy.deadline && dueDate(remedy.deadline.term, date);
      return {
        section: section.heading.text,
        action: remedy.text,
        kind: remedy.kind,
        kinds: remedy.kinds,
        amount: amounts[0] ?? null,
        amounts,
        deadline: remedy.deadline?.text ?? null,
        dueDate: due === undefined ? null : isoDate(due),
        range: range(remedy.span),
      };
    }),
  );
  return { filePath, decisionDate: date === undefined ? null : isoDate(date), remedies };
}
