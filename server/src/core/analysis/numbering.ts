import type { DecisionModel, Marker, Paragraph } from '../model/model';
import { oncePer } from '../once-per';
import { directivesOf, suppresses } from '../engine/directives';
import type { Fix, TextEdit } from '../types';

export type NumberingIssue =
  | { kind: 'gap'; paragraph: Paragraph; previous?: Paragraph }
  | { kind: 'duplicate'; paragraph: Paragraph; previous: Paragraph }
  | { kind: 'backwards'; paragraph: Paragraph; previous: Paragraph }
  | { kind: 'mixed'; paragraph: Paragraph; previous: Paragraph };

export interface NumberingPlan {
  issues: NumberingIssue[];
  /**
   * Renumbers the sequence a paragraph belongs to: the whole statement, or its block in restart mode.
   * Paragraphs of one sequence share one fix object, which no one may change.
   */
  renumber(paragraph: Paragraph): Fix;
}

/**
 * Compares each numbered paragraph with the one before it in its sequence. Comparing with the number
 * actually typed (not the expected one) keeps one slip to one finding: "1 2 4 5" reports only the 4.
 */
export const numberingPlan: (model: DecisionModel) => NumberingPlan = oncePer(buildPlan);

function buildPlan(model: DecisionModel): NumberingPlan {
  const restart = model.numbering.mode === 'restart';
  const numbered = model.paragraphs.filter((p) => p.number !== undefined);
  const byBlock = restart ? groupBy(numbered, (p) => p.block) : undefined;
  const sequences = byBlock ? [...byBlock.values()] : [numbered];
  /** The sequence a numbered paragraph is in: its block's in restart mode, else the statement's. */
  const sequenceOf = (paragraph: Paragraph) => (paragraph.number === undefined ? undefined : byBlock ? byBlock.get(paragraph.block) : numbered);
  const issues: NumberingIssue[] = [];
  let previousBlockLast: Paragraph | undefined;
  for (const sequence of sequences) {
    for (let i = 0; i < sequence.length; i++) {
      const paragraph = sequence[i]!;
      const n = paragraph.number!;
      const previous = sequence[i - 1];
      if (previous === undefined) {
        const continues = previousBlockLast !== undefined && n !== 1 && n === previousBlockLast.number! + 1;
        if (continues) issues.push({ kind: 'mixed', paragraph, previous: previousBlockLast! });
        else if (n !== 1) issues.push({ kind: 'gap', paragraph });
        continue;
      }
      const step = n - previous.number!;
      if (step === 1) continue;
      // A continuous statement that starts again at 1 under a heading is in the website's mode, whatever came before.
      if (!restart && n === 1 && paragraph.block !== previous.block) issues.push({ kind: 'mixed', paragraph, previous });
      else if (step === 0) issues.push({ kind: 'duplicate', paragraph, previous });
      else if (step > 1) issues.push({ kind: 'gap', paragraph, previous });
      else issues.push({ kind: 'backwards', paragraph, previous });
    }
    previousBlockLast = sequence[sequence.length - 1];
  }
  // Every slip in a sequence is fixed by renumbering the same whole sequence: one fix serves them all,
  // where building it per finding made a draft with many slips quadratic.
  const fixes = new Map<Paragraph[], Fix>();
  const kept = numbersKept(model);
  const fixOf = (sequence: Paragraph[]): Fix => {
    let fix = fixes.get(sequence);
    if (fix === undefined) fixes.set(sequence, (fix = renumberFix(model, sequence, !restart, kept)));
    return fix;
  };
  return {
    issues,
    renumber: (paragraph) => {
      const sequence = sequenceOf(paragraph);
      return sequence === undefined ? renumberFix(model, [paragraph], !restart, kept) : fixOf(sequence);
    },
  };
}

/**
 * The paragraphs whose numbers a directive keeps: numbering-gap is disabled on their line ("paragraph
 * 2 was withdrawn; keep the numbers"). A fix of another slip renumbers around them, not through them.
 */
function numbersKept(model: DecisionModel): (paragraph: Paragraph) => boolean {
  const { directives } = directivesOf(model);
  if (directives.length === 0) return () => false;
  return (paragraph) => {
    const line = model.index.positionAt(paragraph.marker!.span.start).line;
    return directives.some((d) => suppresses(d, 'numbering-gap', line));
  };
}

/**
 * Renumbers a sequence from 1, keeping the numbers a directive keeps and counting on from them. In a
 * continuous statement, cross-references follow the paragraphs they name, where the old number named
 * exactly one paragraph.
 */
function renumberFix(model: DecisionModel, sequence: Paragraph[], moveReferences: boolean, kept: (paragraph: Paragraph) => boolean): Fix {
  const edits: TextEdit[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < sequence.length; i++) {
    const paragraph = sequence[i]!;
    const n = kept(paragraph) ? paragraph.number! : (numbers[i - 1] ?? 0) + 1;
    numbers.push(n);
    const marker = paragraph.marker!;
    if (isWrittenAs(marker, n)) continue;
    const expected = marker.text.replace(/\d+/, String(n));
    if (marker.text !== expected) edits.push({ range: [marker.span.start, marker.span.end], text: expected });
  }
  if (moveReferences && model.references.length > 0) {
    const renamed = new Map<number, number | undefined>();
    sequence.forEach((p, i) => renamed.set(p.number!, renamed.has(p.number!) ? undefined : numbers[i]!));
    for (const reference of model.references) {
      for (const target of reference.targets) {
        const to = renamed.get(target.number);
        const isDigits = model.text.slice(target.span.start, target.span.end) === String(target.number);
        if (to !== undefined && to !== target.number && isDigits) edits.push({ range: [target.span.start, target.span.end], text: String(to) });
      }
    }
  }
  return { edits };
}

/**
 * Room for a paragraph numbered `inserted` at `offset` in a statement numbered straight through: the
 * numbered paragraphs after it move up as far as they would clash with it ("18" after a new 18
 * becomes 19, and a 19 after that 20), and so do the cross-references that name them. None when each
 * section counts on its own, where the paragraphs after are another section's.
 */
export function makeRoomAt(model: DecisionModel, offset: number, inserted: number): TextEdit[] {
  if (model.numbering.mode === 'restart') return [];
  const renamed = new Map<number, number>();
  let last = inserted;
  for (const p of model.paragraphs) {
    if (p.number === undefined || p.span.start < offset) continue;
    if (p.number > last) break;
    renamed.set(p.number, ++last);
  }
  // A reference names a paragraph after `offset` only when no paragraph before it has that number.
  for (const p of model.paragraphs) if (p.number !== undefined && p.span.start < offset) renamed.delete(p.number);
  const edits: TextEdit[] = [];
  for (const p of model.paragraphs) {
    const to = p.number === undefined || p.span.start < offset ? undefined : renamed.get(p.number);
    if (to !== undefined) edits.push({ range: [p.marker!.span.start, p.marker!.span.end], text: p.marker!.text.replace(/\d+/, String(to)) });
  }
  for (const reference of model.references) {
    for (const target of reference.targets) {
      const to = renamed.get(target.number);
      const isDigits = model.text.slice(target.span.start, target.span.end) === String(target.number);
      if (to !== undefined && isDigits) edits.push({ range: [target.span.start, target.span.end], text: String(to) });
    }
  }
  return edits;
}

/**
 * Whether a decimal marker ("12.", "(12)") already reads `n`: its number is `n` and it has no digit
 * but those of `n` (no leading zero). Most of a sequence is, and needs no new text to say so.
 */
function isWrittenAs(marker: Marker, n: number): boolean {
  const around = marker.text.startsWith('(') ? 2 : 1;
  return marker.value === n && marker.text.length === String(n).length + around;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
