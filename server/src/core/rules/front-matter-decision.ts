import { distance } from 'fastest-levenshtein';
import { defineRule } from '../engine/rule';
import { needsFullFrontMatter, replace } from './util';

export default defineRule({
  meta: {
    id: 'front-matter-decision',
    description: 'The Decision line is missing or does not give one of the house outcomes.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, report }) {
    const field = model.frontMatter.decision;
    const labels = model.profile.data.outcomes.map((o) => o.label);
    if (field === undefined) {
      // The profile's first label for the line is its house form ("Outcome" for the SPSO and PSOW).
      const label = model.profile.data.fields.decision[0];
      if (label === undefined || !needsFullFrontMatter(model)) return;
      report({
        message: `The front matter has no "${label} : <outcome>" line (${labels.join(', ')}).`,
        span: model.frontMatter.category?.span ?? model.frontMatter.title?.span ?? { start: 0, end: 0 },
      });
      return;
    }
    const value = field.value.trim();
    // Older statements add a gloss after the outcome: "Upheld: fault and injustice".
    if (labels.some((l) => value === l || new RegExp(`^${l}\\s*[:;,-]`).test(value))) return;
    // The outcome is read without its gloss, which the fix leaves as it is: "upheld: fault and injustice".
    const outcome = withoutGloss(value);
    const near = labels.find((l) => l.toLowerCase() === outcome.toLowerCase() || distance(l.toLowerCase(), outcome.toLowerCase()) <= 2);
    const start = field.valueSpan.start + field.value.indexOf(outcome);
    report({
      message: near ? `The outcome "${outcome}" should be written "${near}".` : `The outcome "${value}" is not one of the house outcomes: ${labels.join(', ')}.`,
      span: field.valueSpan,
      ...(near ? { fix: replace({ start, end: start + outcome.length }, near) } : {}),
    });
  },
});

/** The outcome before any gloss after it: "upheld" of "upheld: fault and injustice" or "upheld - fault". */
function withoutGloss(value: string): string {
  const stops = [value.indexOf(':'), value.indexOf(';'), value.indexOf(','), value.indexOf(' - ')].filter((i) => i > 0);
  return stops.length === 0 ? value : value.slice(0, Math.min(...stops)).trimEnd();
}
