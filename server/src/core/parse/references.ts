import type { Paragraph, ParagraphReference } from '../model/model';
import type { Span } from '../types';
import { leadingCount } from '../text/sorted';

/**
 * "paragraph 12", "paragraphs 12 to 14", "paras 3 and 4", "para. 8". A number followed by a bracket
 * or by "of Schedule"/"of the" is a statute's paragraph ("Schedule 5, paragraph 5(2)"), not ours, and
 * one with a decimal part is a code of guidance's ("paragraph 17.2 of the Homelessness Code").
 */
const REFERENCE = /\b(?:paragraphs?|paras?\.?)\s+(\d{1,4})(?:\s*(?:to|[-\u2013&]|and)\s*(\d{1,4}))?(?!\s*\(|\.?\d|\s+of\s+(?:schedule|the\b))/gi;
const STATUTE_BEFORE = /schedule\s+\d+[a-z]?,?\s*$/i;
/** Every reference begins with these letters, in any case. */
const PARA = /para/gi;

export function findReferences(text: string, paragraphs: readonly Paragraph[]): ParagraphReference[] {
  const references: ParagraphReference[] = [];
  // Few paragraphs refer to another: one scan for the word finds them, and only they are read closely.
  const words = [...text.matchAll(PARA)].map((m) => m.index);
  if (words.length === 0) return references;
  for (const paragraph of paragraphs) {
    if (!hasWordWithin(words, paragraph.textSpan.start, paragraph.span.end)) continue;
    const body = text.slice(paragraph.textSpan.start, paragraph.span.end);
    for (const m of body.matchAll(REFERENCE)) {
      if (STATUTE_BEFORE.test(body.slice(Math.max(0, m.index - 20), m.index))) continue;
      const at = paragraph.textSpan.start + m.index;
      const first = numberSpan(m, 1, at);
      const targets = [{ number: Number(m[1]), span: first }];
      if (m[2] !== undefined) {
        const last = numberSpan(m, 2, at);
        const isRange = !/and|&/i.test(text.slice(first.end, last.start));
        const to = Number(m[2]);
        if (isRange && to > targets[0]!.number && to - targets[0]!.number < 50) {
          for (let n = targets[0]!.number + 1; n < to; n++) targets.push({ number: n, span: { start: first.start, end: last.end } });
        }
        targets.push({ number: to, span: last });
      }
      references.push({ span: { start: at, end: at + m[0].length }, targets, from: paragraph });
    }
  }
  return references;
}

function numberSpan(m: RegExpMatchArray, group: 1 | 2, at: number): Span {
  const whole = m[0];
  const digits = m[group]!;
  const offset = group === 1 ? whole.search(/\d/) : whole.lastIndexOf(digits);
  return { start: at + offset, end: at + offset + digits.length };
}

/** Whether one of the sorted offsets `words` starts a whole "para" between `start` and `end`. */
function hasWordWithin(words: readonly number[], start: number, end: number): boolean {
  const first = words[leadingCount(words.length, (i) => words[i]! < start)];
  return first !== undefined && first + 'para'.length <= end;
}
