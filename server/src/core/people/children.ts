import type { Span } from '../types';
import type { PersonMention } from './types';
import { isLetter } from './words';
import { movedSpan, type LocalScan } from '../incremental/local-scans';

/**
 * "her son, Y", "child B", "his daughter (G)": a relation word then a lone capital. A and I are left
 * out: they are words far more often than children (and the house avoids "A"). The pattern starts at
 * the capital and reads the relation word behind it (group 2), because the relation words start on
 * common letters: tried at every letter of a statement, they made this the dearest pattern of the
 * people rules, and behind the few lone capitals they cost a third less.
 */
const CHILD = /([B-HJ-Z])(?![\w-])(?<=\b((?:son|daughter|[Cc]hild|grandson|granddaughter|grandchild|nephew|niece|stepson|stepdaughter|brother|sister|baby|boy|girl),? \(?)[B-HJ-Z])/g;

interface ChildIntroduction {
  letter: string;
  span: Span;
  letterSpan: Span;
}

/** Children's introductions, scanned line by line: the relation word, the comma and the bracket are read on the letter's line. */
export const CHILD_INTRODUCTIONS: LocalScan<ChildIntroduction> = {
  within: 'line',
  find: childIntroductions,
  moved: (c, by) => ({ letter: c.letter, span: movedSpan(c.span, by), letterSpan: movedSpan(c.letterSpan, by) }),
  start: (c) => c.span.start,
};

function childIntroductions(text: string): ChildIntroduction[] {
  return [...text.matchAll(CHILD)].map((m) => {
    const letterSpan = { start: m.index, end: m.index + 1 };
    return { letter: m[1]!, span: { start: m.index - m[2]!.length, end: letterSpan.end }, letterSpan };
  });
}

/** A lone capital between spaces or punctuation: a candidate bare mention. What is behind it is looked at once a capital is found, not at every character. */
const LONE_CAPITAL = /[B-HJ-Z](?![\w-])(?<![\w\u2019'-][B-HJ-Z])/g;
/** The word before a lone capital that makes it a label, not a child: "Part 3A" never matches, but "Schedule B" or "Plan C" would. */
const LABEL_WORDS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Part', 'Schedule', 'Plan', 'Appendix', 'Annex', 'Section', 'Stage', 'Option', 'Type', 'Class', 'Category', 'Band', 'Table', 'Figure', 'Form', 'Tier', 'Grade', 'Level', 'Priority', 'Officer', 'School', 'Property', 'Charity', 'Home', 'Worker', 'Manager', 'Vitamin', 'Block', 'Unit', 'Flat', 'Wing', 'Ward', 'Zone', 'Route', 'Site', 'Area']);

/** The word that ends `before`, past up to three characters of punctuation and space; by hand, as a regex anchored at the end scans back from every start. */
function lastWord(before: string): string {
  let end = before.length;
  while (end > 0 && before.length - end < 3 && !isLetter(before[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isLetter(before[start - 1]!)) start--;
  return before.slice(start, end);
}

/**
 * Every bare mention of the children's letters, by letter, leaving out labels and list markers at the
 * start of a line. One pass over the text for all the children, not one each.
 */
export function bareLetterMentions(text: string, letters: ReadonlySet<string>): Map<string, PersonMention[]> {
  const mentions = new Map<string, PersonMention[]>();
  if (letters.size === 0) return mentions;
  for (const m of text.matchAll(LONE_CAPITAL)) {
    const letter = m[0];
    if (!letters.has(letter)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
    if (lineBefore.trim() === '' || lineBefore.trim() === '(') continue;
    if (LABEL_WORDS.has(lastWord(before))) continue;
    const span = { start: m.index, end: m.index + 1 };
    const own = mentions.get(letter);
    if (own === undefined) mentions.set(letter, [{ span, letterSpan: span }]);
    else own.push({ span, letterSpan: span });
  }
  return mentions;
}
