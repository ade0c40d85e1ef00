import type { DecisionModel } from '../model/model';
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
      if (section.paragraphs.length > 0 || section.looseText.length > 0) continue;
      const lastSub = section.subheadings[section.subheadings.length - 1];
      if (section.subheadings.length === 0) {
        report({ message: `The section "${section.heading.text}" has no text under it.`, span: section.heading.span });
      } else if (lastSub) {
        report({ message: `The sub-heading "${lastSub.text}" has no text under it.`, span: lastSub.span });
      }
    }
    for (const block of model.blocks) {
      const heading = block.heading;
      if (heading?.level !== 'subheading' || block.paragraphs.length > 0) continue;
      const next = model.blocks[model.blocks.indexOf(block) + 1];
      const closesSection = next === undefined || next.heading?.level === 'section';
      const section = model.sections.find((s) => s.subheadings.includes(heading));
      const alreadyReported = section !== undefined && section.paragraphs.length === 0 && section.looseText.length === 0;
      if (closesSection && !alreadyReported && !hasLooseTextAfter(model, heading.span.end, next?.heading?.span.start)) {
        report({ message: `The sub-heading "${heading.text}" has no text under it.`, span: heading.span });
      }
    }
  },
});

function hasLooseTextAfter(model: DecisionModel, from: number, to: number | undefined): boolean {
  const limit = to ?? Infinity;
  return model.sections.some((s) => s.looseText.some((t) => t.start > from && t.start < limit));
}
