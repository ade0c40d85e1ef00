import type { Span } from '../types';
import { defineRule } from '../engine/rule';
import { trimmedSpan } from '../text/lines';
import { scanLocally } from '../incremental/document-memo';
import { movedSpan, type LocalScan } from '../incremental/local-scans';

/** Wording that belongs only to a draft (house-style.md section 1), found in one pass over the text. */
const DRAFT_ONLY = /\b(?:based on current evidence|provisional (?:view|decision|finding)s?)\b/gi;
/** A line that is only a draft marker, as a watermark or header leaves it; tested on the line as it is, rather than trimming every line first. */
const DRAFT_LINE = /^\s*draft(?: decision)?\s*$/i;

/** The draft wording, scanned line by line: its phrases have only spaces between their words. */
const DRAFT_WORDING: LocalScan<Span> = {
  within: 'line',
  find: (text) => Array.from(text.matchAll(DRAFT_ONLY), (m) => ({ start: m.index, end: m.index + m[0].length })).filter((span) => !someoneElses(text, span.start)),
  moved: movedSpan,
  start: (span) => span.start,
};

/** "its provisional decision", "the Council's provisional view": another's process, which a final statement may describe. */
const OTHERS_BEFORE = /(?:\b(?:its|their|his|her)|(?<!\bOmbudsman)['\u2019]s)[ \u00a0]$/i;

function someoneElses(text: string, start: number): boolean {
  return OTHERS_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

export default defineRule({
  meta: {
    id: 'front-matter-draft-wording',
    description: 'A statement marked as the final decision still contains wording that belongs to a draft.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ model, report }) {
    if (model.frontMatter.status?.kind !== 'final') return;
    const found = [...scanLocally(model, DRAFT_WORDING)];
    for (const line of model.lines) {
      if (DRAFT_LINE.test(line.text)) found.push(trimmedSpan(line));
    }
    const title = model.frontMatter.title;
    if (title && /\bdraft\b/i.test(title.bodyName)) found.push(title.span);
    for (const span of found.sort((a, b) => a.start - b.start)) {
      report({
        message: `"${model.text.slice(span.start, span.end)}" belongs to a draft, but this is marked as the final decision.`,
        span,
        related: [{ message: 'Marked final here.', span: model.frontMatter.status.span }],
      });
    }
  },
});
