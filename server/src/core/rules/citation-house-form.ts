import { defineRule } from '../engine/rule';
import { catalogueOf } from '../citations/catalogue';
import { citationsOf } from '../citations/citations';
import { houseFormOf, isHouseAct, isPowersCitation } from '../citations/house-form';
import { powersHouse } from '../citations/powers';
import { replace } from './util';

export default defineRule({
  meta: {
    id: 'citation-house-form',
    description: 'A citation in The Ombudsman\'s role and powers is not in the house form "(Local Government Act 1974, section ..., as amended)".',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    const house = powersHouse();
    const forms = Array.from(citationsOf(model, catalogueOf(model.profile)).bound((mention) => isHouseAct(mention, house)))
      .filter((c) => isPowersCitation(model, c, house))
      .map((c) => houseFormOf(model, c, house));
    const perBracket = new Map<number, number>();
    for (const form of forms) perBracket.set(form.span.start, (perBracket.get(form.span.start) ?? 0) + 1);
    for (const form of forms) {
      if (form.problems.length === 0) continue;
      // Two citations in one pair of brackets cannot both be rewritten as the whole of it.
      const alone = perBracket.get(form.span.start) === 1;
      report({
        message: `Write this citation as the house does, "${form.expected}": ${form.problems.join('; ')}.`,
        span: form.span,
        ...(form.certain && alone ? { fix: replace(form.span, form.expected) } : {}),
      });
    }
  },
});
