import { isTitle } from './titles';
import type { PeopleRegister } from './types';

/**
 * The letters offered for a new pseudonym, most usual first: X is usually the complainant's, and the
 * house avoids A and I (house-style.md section 7).
 */
const OFFERED = 'YZWVUTSRQPONMLKJHGFEDCB';

/**
 * A title and a letter for a real name written with a title ("Mrs Sarah Jones" gives "Mrs Y"): a
 * letter no one in the statement has, and never one of the real name's initials. Undefined for a name
 * without a title, whose title the text does not tell.
 */
export function pseudonymFor(register: PeopleRegister, realName: string): string | undefined {
  const [title, ...names] = realName.split(/[\s.]+/);
  if (title === undefined || !isTitle(title)) return undefined;
  const taken = new Set([...register.people.map((p) => p.letter), ...register.entities.map((e) => e.label.slice(-1)), ...names.map((n) => n[0])]);
  const letter = [...OFFERED].find((l) => !taken.has(l));
  return letter === undefined ? undefined : `${title} ${letter}`;
}
