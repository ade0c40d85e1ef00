import { defineRule } from '../engine/rule';
import { compareDates, eventDates } from '../consistency/dates';
import { summaryRegion } from '../consistency/regions';
import { decisionDateOf } from '../remedies/remedies';
import { formatHouseDate } from '../text/dates';

/** Agreed action sets time limits, which fall after the decision by design. */
const DEADLINE_SECTIONS = new Set(['agreed-action']);

export default defineRule({
  meta: {
    id: 'consistency-dates',
    description: 'The body relates an event on a date later than the decision date.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ model, report, slice }) {
    const decided = decisionDateOf(model);
    const field = model.frontMatter.date;
    if (decided === undefined || field === undefined) return;
    const summary = summaryRegion(model)?.span;
    const body = model.sections.filter((s) => s.id === undefined || !DEADLINE_SECTIONS.has(s.id)).map((s) => s.span);
    for (const { span, date } of eventDates(model, summary ? [summary, ...body] : body)) {
      if (compareDates(date, decided) <= 0) continue;
      report({
        message: `"${slice(span)}" is after the decision date (${formatHouseDate(decided)}): one of the two is wrong.`,
        span,
        related: [{ message: 'Decision date.', span: field.valueSpan }],
      });
    }
  },
});
