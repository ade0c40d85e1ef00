import type { Section } from '../model/model';
import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'section-empty',
    description: 'A section or closing sub-heading has no text under it.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ model, report }) {
    for (const section of model.sections) {
      const last = section.subheadings[section.subheadings.length - 1];
      if (last === undefined) {
        if (!hasTextAfter(section, section.heading.span.end)) {
          report({ message: `The section "${section.heading.text}" has no text under it.`, span: section.heading.span });
        }
      } else if (!hasTextAfter(section, last.span.end)) {
        // Sub-headings in a row are an investigator's nesting ("Relevant law", "The Care Act 2014"); only
        // the one that closes the section must have text under it.
        report({ message: `The sub-heading "${last.text}" has no text under it.`, span: last.span });
      }
    }
  },
});

function hasTextAfter(section: Section, offset: number): boolean {
  return section.paragraphs.some((p) => p.span.start > offset) || section.looseText.some((t) => t.start > offset);
}
