import { defineRule } from '../engine/rule';
import { peopleOf } from '../people/register';
import { nameOf } from '../people/titles';

export default defineRule({
  meta: {
    id: 'pseudonym-shared-letter',
    description: 'One letter seems to name two people (say Miss X and, often enough to be someone else, Mr X): not a slip for certain, but worth a look.',
    defaultSeverity: 'info',
    fixable: false,
  },
  check({ model, report }) {
    for (const shared of peopleOf(model).shared.filter((s) => !s.certain)) {
      const [first, second] = shared.people;
      report({
        message: `The letter ${shared.letter} names both "${nameOf(first)}" and "${nameOf(second)}" (${second.mentions.length} times): if they are two people, give one another letter.`,
        span: shared.span,
        related: [{ message: `${nameOf(first)} is introduced here.`, span: first.firstMention }],
      });
    }
  },
});
