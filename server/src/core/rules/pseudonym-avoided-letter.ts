import { defineRule } from '../engine/rule';
import { peopleOf } from '../people/register';
import { pseudonymFor } from '../people/pseudonyms';
import { nameOf } from '../people/titles';

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
      const letter = offered?.slice(-1);
      report({
        message: `"${nameOf(person)}": the house avoids the letter ${person.letter}${person.letter === 'A' ? ', which reads as the word "a"' : ''}.${offered === undefined ? '' : ` Give them another, such as "${offered}".`}`,
        span: person.mentions[0]!.span,
        ...(letter === undefined
          ? {}
          : { suggestions: [{ description: `Rename "${nameOf(person)}" to "${offered}" throughout`, fix: { edits: person.mentions.map((m) => ({ range: [m.letterSpan.start, m.letterSpan.end] as [number, number], text: letter })) } }] }),
      });
    }
  },
});
