import { defineRule } from '../engine/rule';
import { headingTextSpan, replace } from './util';

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
        // Headings stand at the margin: the indent a website copy gives its numbers goes with the number.
        fix: replace({ start: model.text.slice(0, heading.marker.span.start).search(/[ \t]*$/), end: headingTextSpan(heading).start }, ''),
      });
    }
  },
});
