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
    if (model.numbering.mode === 'restart') return;
    const numbers = new Set(model.paragraphs.flatMap((p) => (p.number === undefined ? [] : [p.number])));
    const highest = Math.max(0, ...numbers);
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
