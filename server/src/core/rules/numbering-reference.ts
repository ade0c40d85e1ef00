import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'numbering-reference',
    description: 'A cross-reference such as "see paragraph 12" names a paragraph the statement does not have.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ model, report }) {
    // A website copy restarts numbering under each heading, so its "paragraph 12" cannot be resolved.
    if (model.numbering.mode === 'restart' || model.references.length === 0) return;
    const numbers = new Set<number>();
    let highest = 0;
    for (const { number } of model.paragraphs) {
      if (number === undefined) continue;
      numbers.add(number);
      highest = Math.max(highest, number);
    }
    for (const reference of model.references) {
      for (const target of reference.targets) {
        if (numbers.has(target.number)) continue;
        report({
          message: `Paragraph ${target.number} does not exist (the statement's paragraphs run to ${highest}).`,
          span: target.span,
        });
      }
    }
  },
});
