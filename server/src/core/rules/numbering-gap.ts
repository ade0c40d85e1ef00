import { defineRule } from '../engine/rule';
import { numberingPlan } from '../analysis/numbering';

export default defineRule({
  meta: {
    id: 'numbering-gap',
    description: 'A paragraph number skips one or more numbers, or a sequence does not start at 1.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, report }) {
    const plan = numberingPlan(model);
    for (const issue of plan.issues) {
      if (issue.kind !== 'gap') continue;
      const { paragraph, previous } = issue;
      const n = paragraph.number!;
      const message = previous === undefined
        ? `Paragraph numbering starts at ${n} here; it should start at 1.`
        : `Paragraph ${n} follows paragraph ${previous.number}: ${missing(previous.number! + 1, n - 1)} missing.`;
      report({
        message,
        span: paragraph.marker!.span,
        fix: plan.renumber(paragraph),
        ...(previous ? { related: [{ message: `Paragraph ${previous.number} is here.`, span: previous.marker!.span }] } : {}),
      });
    }
  },
});

function missing(from: number, to: number): string {
  return from === to ? `number ${from} is` : `numbers ${from} to ${to} are`;
}
