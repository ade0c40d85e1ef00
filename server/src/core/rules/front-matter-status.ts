import { defineRule } from '../engine/rule';
import { lineAt } from '../text/lines';

export default defineRule({
  meta: {
    id: 'front-matter-status',
    description: 'The front matter does not say whether this is the Ombudsman\'s final or draft decision.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check({ model, report }) {
    const fm = model.frontMatter;
    // An office that prints no such line (the Scottish and Welsh ombudsmen) is not asked for one.
    if (fm.status !== undefined || model.profile.data.statusLines.final.length === 0) return;
    const before = fm.summary?.span.start ?? fm.span.end;
    const line = lineAt(model.lines, model.index, before);
    const at = fm.summary ? line.start : line.next;
    const eol = model.text.slice(line.end, line.next) || '\n';
    // The profile's first status line of each kind is its house form.
    const form = (kind: 'final' | 'draft') => model.profile.data.statusLines[kind][0]!;
    const suggestion = (kind: 'final' | 'draft') => ({
      description: `Insert "${form(kind)}"`,
      fix: { edits: [{ range: [at, at] as [number, number], text: fm.summary ? `${form(kind)}${eol}${eol}` : `${eol}${form(kind)}${eol}` }] },
    });
    report({
      message: `Say whether this is the final or the draft decision: "${form('final')}" before the Summary.`,
      span: fm.summary?.span ?? fm.title?.span ?? { start: 0, end: 0 },
      // A profile may print a final line and no draft one.
      suggestions: (['final', 'draft'] as const).filter((kind) => model.profile.data.statusLines[kind].length > 0).map(suggestion),
    });
  },
});
