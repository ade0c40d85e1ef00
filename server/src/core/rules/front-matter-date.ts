import { defineRule } from '../engine/rule';
import { formatHouseDate, HOUSE_DATE, parseUkDate } from '../text/dates';
import { needsFullFrontMatter, replace } from './util';

export default defineRule({
  meta: {
    id: 'front-matter-date',
    description: 'The Decision date line is missing, is not a real date, or is not written DD Mon YYYY.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, report }) {
    const field = model.frontMatter.date;
    if (field === undefined) {
      // The profile's first label for the line is its house form; a profile with none has no such line.
      const label = model.profile.data.fields.date[0];
      if (label === undefined || !needsFullFrontMatter(model)) return;
      report({
        message: `The front matter has no "${label} : DD Mon YYYY" line.`,
        span: model.frontMatter.decision?.span ?? model.frontMatter.title?.span ?? { start: 0, end: 0 },
      });
      return;
    }
    const value = field.value.trim();
    const date = parseUkDate(value);
    if (date && HOUSE_DATE.test(value)) return;
    if (date === undefined) {
      report({ message: `"${value}" is not a date; write the decision date as DD Mon YYYY, e.g. 08 Mar 2022.`, span: field.valueSpan });
      return;
    }
    const house = formatHouseDate(date);
    report({ message: `Write the decision date as "${house}" (DD Mon YYYY).`, span: field.valueSpan, fix: replace(field.valueSpan, house) });
  },
});
