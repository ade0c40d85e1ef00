import type { PersonTitle } from './types';

/** A title and a single capital letter: "Miss X", "Mr Y's". The letter must stand alone, so "Mr Jones" is not one. */
export const TITLED_LETTER = /\b(Mrs|Miss|Mr|Ms|Mx|Dr)\.?[ \u00a0]([A-Z])(?![\w-])/g;

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
