import { defineRule } from '../engine/rule';
import { numberingPlan } from '../analysis/numbering';

export default defineRule({
  meta: {
    id: 'numbering-backwards',
    description: 'A paragraph number is lower than the number before it.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, report }) {
    const plan = numberingPlan(model);
    for (const issue of plan.issues) {
      if (issue.kind !== 'backwards') continue;
      report({
        message: `Paragraph ${issue.paragraph.number} comes after paragraph ${issue.previous.number}: numbers go backwards.`,
        span: issue.paragraph.marker!.span,
        fix: plan.renumber(issue.paragraph),
        related: [{ message: `Paragraph ${issue.previous.number} is here.`, span: issue.previous.marker!.span }],
      });
    }
  },
});
