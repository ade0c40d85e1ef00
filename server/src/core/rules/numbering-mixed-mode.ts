import { defineRule } from '../engine/rule';
import { numberingPlan } from '../analysis/numbering';

export default defineRule({
  meta: {
    id: 'numbering-mixed-mode',
    description: 'Numbering restarts under some headings and continues under others.',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, report }) {
    const plan = numberingPlan(model);
    const mode = model.numbering.mode;
    const how = model.numbering.detected ? 'as most of this draft does' : 'as configured';
    // The number the fix gives it: the paragraph's place in the statement, not one more than the number
    // typed before it, which is wrong once an earlier block has restarted too.
    const numbered = model.paragraphs.filter((p) => p.number !== undefined);
    for (const issue of plan.issues) {
      if (issue.kind !== 'mixed') continue;
      const message = mode === 'continuous'
        ? `Numbering restarts at 1 here, but this statement numbers paragraphs continuously (${how}); expected ${numbered.indexOf(issue.paragraph) + 1}.`
        : `Numbering continues from ${issue.previous.number} here, but this statement restarts at 1 under every heading (${how}).`;
      report({
        message,
        span: issue.paragraph.marker!.span,
        fix: plan.renumber(issue.paragraph),
        related: [{ message: `Paragraph ${issue.previous.number} is here.`, span: issue.previous.marker!.span }],
      });
    }
  },
});
