import { defineRule } from '../engine/rule';
import { unnumberHeading } from './util';

export default defineRule({
  meta: {
    id: 'numbering-heading',
    description: 'A sub-heading is numbered like a paragraph.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    for (const heading of model.headings) {
      if (heading.marker === undefined || heading.match !== undefined) continue;
      report({
        message: `"${heading.text}" reads as a sub-heading but is numbered as paragraph ${heading.marker.value}; sub-headings are not numbered.`,
        span: heading.marker.span,
        fix: unnumberHeading(model, heading),
      });
    }
  },
});
