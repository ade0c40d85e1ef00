import type { Section } from '../model/model';
import { defineRule } from '../engine/rule';
import { sectionName } from './util';

export default defineRule({
  meta: {
    id: 'section-duplicate',
    description: 'A house section appears more than once.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ model, report }) {
    const first = new Map<string, Section>();
    for (const section of model.sections) {
      if (section.id === undefined) continue;
      const earlier = first.get(section.id);
      if (earlier === undefined) {
        first.set(section.id, section);
        continue;
      }
      report({
        message: `"${sectionName(model, section)}" appears again; a statement has one of each section.`,
        span: section.heading.span,
        related: [{ message: 'It first appears here.', span: earlier.heading.span }],
      });
    }
  },
});
