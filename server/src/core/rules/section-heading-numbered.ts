import { defineRule } from '../engine/rule';
import { unnumberHeading } from './util';

export default defineRule({
  meta: {
    id: 'section-heading-numbered',
    description: 'A house section heading is typed as a numbered paragraph.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, report }) {
    for (const heading of model.headings) {
      if (heading.marker === undefined || heading.match === undefined) continue;
      report({
        message: `"${heading.text}" is a section heading, not paragraph ${heading.marker.value}: headings are not numbered.`,
        span: heading.marker.span,
        fix: unnumberHeading(model, heading),
      });
    }
  },
});
