import { nameOf, peopleOf, type DecisionModel, type Person } from '../../core';
import { spanHolds } from '../convert/ranges';
import type { HoverPart } from './hover';

const ROLE: Record<Person['role'], string> = {
  complainant: 'the complainant',
  adult: 'another adult in the statement',
  child: 'a child, named by a bare letter',
};

/** On a pseudonym: who the letter stands for, where they were introduced, and how often they appear. */
export function personPart(model: DecisionModel, offset: number): HoverPart | undefined {
  for (const person of peopleOf(model).people) {
    const mention = person.mentions.find((m) => spanHolds(m.span, offset));
    if (mention === undefined) continue;
    const line = model.index.positionAt(person.firstMention.start).line + 1;
    return { value: `**${nameOf(person)}**: ${ROLE[person.role]}, first named on line ${line}; ${namedTimes(person.mentions.length)}.`, span: mention.span };
  }
  return undefined;
}

/** "named once", "named 7 times": shared by the hover and the outline's people. */
export function namedTimes(count: number): string {
  return count === 1 ? 'named once' : `named ${count} times`;
}
