import { defineRule } from '../engine/rule';
import { peopleOf } from '../people/register';
import { pseudonymFor } from '../people/pseudonyms';
import { nameOf } from '../people/titles';
import type { Person } from '../people/types';
import type { Suggestion } from '../types';

export default defineRule({
  meta: {
    id: 'pseudonym-avoided-letter',
    description: 'A person is given a letter the office avoids, as the LGSCO avoids A, which reads as the word "a".',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check({ model, report }) {
    const avoided = model.profile.data.avoidedLetters;
    if (avoided.length === 0) return;
    const register = peopleOf(model);
    for (const person of register.people.filter((p) => avoided.includes(p.letter) && p.title !== undefined)) {
      // A letter no one else in the statement has, as for a real name written with a title.
      const offered = pseudonymFor(register, nameOf(person));
      const why = person.letter === 'A' ? ', which reads as the word "a"' : '';
      report({
        message: `"${nameOf(person)}": the house avoids the letter ${person.letter}${why}.${offered === undefined ? '' : ` Give them another, such as "${offered}".`}`,
        span: person.mentions[0]!.span,
        ...(offered === undefined ? {} : { suggestions: [renamedThroughout(person, offered)] }),
      });
    }
  },
});

/** Every mention of the person given the letter of `name` ("Ms Y"), in one change. */
function renamedThroughout(person: Person, name: string): Suggestion {
  const letter = name.slice(-1);
  return {
    description: `Rename "${nameOf(person)}" to "${name}" throughout`,
    fix: { edits: person.mentions.map((m) => ({ range: [m.letterSpan.start, m.letterSpan.end], text: letter })) },
  };
}
