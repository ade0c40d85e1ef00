import { defineRule } from '../engine/rule';
import { headingTextSpan, replace } from './util';

const WHY = {
  variant: 'is worded differently from',
  case: 'is written differently from',
  near: 'looks like a misspelling of',
} as const;

export default defineRule({
  meta: {
    id: 'section-heading',
    description: 'A heading is nearly a house heading: misspelt, worded differently or in the wrong case.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, report, slice }) {
    for (const heading of model.headings) {
      const match = heading.match;
      if (match === undefined || !(match.kind in WHY)) continue;
      const span = headingTextSpan(heading);
      const typed = slice(span);
      // Curly and straight apostrophes are both house style: keep whichever the draft uses.
      const canonical = typed.includes('\u2019') ? match.canonical.replace(/'/g, '\u2019') : match.canonical;
      if (typed === canonical) continue;
      report({
        message: `The heading "${typed}" ${WHY[match.kind as keyof typeof WHY]} the house heading "${canonical}".`,
        span,
        fix: replace(span, canonical),
      });
    }
  },
});
