import type { Span } from '../types';

/** The titles the house gives adults (house-style.md section 7). */
export type PersonTitle = 'Mr' | 'Mrs' | 'Ms' | 'Miss' | 'Dr' | 'Mx';

export type PersonRole = 'complainant' | 'adult' | 'child';

/** One place the text names a person: "Miss X" (with its title) or a bare "Y". */
export interface PersonMention {
  span: Span;
  letterSpan: Span;
  title?: PersonTitle;
}

export interface Person {
  letter: string;
  /** Undefined for a child, whom the house names by a bare letter. */
  title?: PersonTitle;
  role: PersonRole;
  /** Where the person is introduced (or first named). */
  firstMention: Span;
  mentions: PersonMention[];
}

/** "School 1", "Officer X": places and organisations the statement anonymises. */
export interface AnonymisedEntity {
  label: string;
  kind: string;
  mentions: Span[];
}

/** A titled mention that does not match the person its letter is registered to. */
export interface Drift {
  mention: PersonMention & { title: PersonTitle };
  /** The person the letter belongs to. */
  registered: Person;
  kind: 'title' | 'child-titled';
}

/** A letter that the text shows belongs to two people. */
export interface SharedLetter {
  letter: string;
  people: [Person, Person];
  /** True when the text says it (a child introduced with the complainant's letter); false when only likely. */
  certain: boolean;
  /** Where the second person is first named. */
  span: Span;
}

export interface PeopleRegister {
  complainant?: Person;
  people: Person[];
  entities: AnonymisedEntity[];
  drifts: Drift[];
  shared: SharedLetter[];
}
