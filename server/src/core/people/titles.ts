import type { PersonMention, PersonTitle } from './types';
import { isWordCode } from './words';

/** A title and a single capital letter: "Miss X", "Mr Y's". The letter must stand alone, so "Mr Jones" is not one. */
const TITLED_LETTER = /\b(?:Mrs|Miss|Mr|Ms|Mx|Dr)\.?[ \u00a0][A-Z](?![\w-])/g;

/** Titles that can name the same person: a complainant's Ms, Mrs and Miss are one woman's titles mixed up. */
const GROUP: Record<PersonTitle, 'f' | 'm' | 'n'> = { Mr: 'm', Mrs: 'f', Ms: 'f', Miss: 'f', Dr: 'n', Mx: 'n' };

export const TITLES = Object.keys(GROUP) as PersonTitle[];

export function sameGroup(a: PersonTitle, b: PersonTitle): boolean {
  return GROUP[a] === GROUP[b];
}

export function isTitle(word: string): word is PersonTitle {
  return Object.hasOwn(GROUP, word);
}

export function asTitle(text: string): PersonTitle {
  return text as PersonTitle;
}

/** How the statement names a person: "Miss X", or a child's bare "Y". */
export function nameOf(person: { title?: PersonTitle; letter: string }): string {
  return person.title === undefined ? person.letter : `${person.title} ${person.letter}`;
}

/** A titled letter where the text has it: "Miss X". */
export type Titled = PersonMention & { title: PersonTitle; letter: string };

/**
 * Every titled letter, read with one pattern object. A statement has thousands of them, so the pattern
 * is tested rather than executed (no array of groups per mention) and the match is read back from
 * where it ends: the letter, one space, the title's optional full stop, and the title before them.
 * Nothing is read beyond the line of a mention, so a scan of some lines finds what a scan of the whole
 * text finds in them (the language server rescans only the lines a keystroke changed).
 */
export function titledMentions(text: string): Titled[] {
  const titled: Titled[] = [];
  TITLED_LETTER.lastIndex = 0;
  while (TITLED_LETTER.test(text)) {
    const end = TITLED_LETTER.lastIndex;
    const titleEnd = text.charCodeAt(end - 3) === FULL_STOP ? end - 3 : end - 2;
    const title = titleEndingAt(text, titleEnd)!;
    titled.push({ span: { start: titleEnd - title.length, end }, letterSpan: { start: end - 1, end }, title, letter: text[end - 1]! });
  }
  return titled;
}

const FULL_STOP = 0x2e;

/** The title that ends at `end` and starts a word, if any (no title ends another, so there is at most one). */
export function titleEndingAt(text: string, end: number): PersonTitle | undefined {
  // A loop, not `find`: it runs for every titled mention, and a callback would be made for each.
  for (const title of TITLES) {
    if (end >= title.length && text.startsWith(title, end - title.length) && !isWordCode(text.charCodeAt(end - title.length - 1))) return title;
  }
  return undefined;
}

