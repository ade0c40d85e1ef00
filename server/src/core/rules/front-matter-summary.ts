import { defineRule } from '../engine/rule';

export default defineRule({
  meta: {
    id: 'front-matter-summary',
    description: 'The Summary paragraph is missing or empty.',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ model, report }) {
    const { summary, status, title } = model.frontMatter;
    const label = model.profile.data.fields.summary[0];
    if (summary === undefined) {
      if (label === undefined) return;
      report({ message: `The front matter has no "${label}:" paragraph.`, span: status?.span ?? title?.span ?? { start: 0, end: 0 } });
    } else if (summary.value.trim().length === 0) {
      report({ message: 'The Summary is empty: say what the complaint was about, whether there was fault and injustice, and the remedy.', span: summary.span });
    }
  },
});
