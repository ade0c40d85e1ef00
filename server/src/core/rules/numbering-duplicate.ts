import { defineRule } from '../engine/rule';
import { numberingPlan } from '../analysis/numbering';

export default defineRule({
  meta: {
    id: 'numbering-duplicate',
    description: 'Two paragraphs in a row have the same number.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, report }) {
    const plan = numberingPlan(model);
    for (const issue of plan.issues) {
      if (issue.kind !== 'duplicate') continue;
      report({
        message: `Paragraph number ${issue.paragraph.number} is used twice.`,
        span: issue.paragraph.marker!.span,
        fix: plan.renumber(issue.paragraph),
        related: [{ message: `Paragraph ${issue.previous.number} is first used here.`, span: issue.previous.marker!.span }],
      });
    }
  },
});
