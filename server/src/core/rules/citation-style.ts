import { defineRule } from '../engine/rule';
import { catalogueOf } from '../citations/catalogue';
import { citationsOf, type Keyword, type ProvisionGroup } from '../citations/citations';
import type { Span } from '../types';
import { replace } from './util';

interface Occurrence {
  group: ProvisionGroup;
  style: string;
}

export default defineRule({
  meta: {
    id: 'citation-style',
    description: 'The same section is cited in different styles in one statement ("section 47", "Section 47", "s47", "S47").',
    defaultSeverity: 'info',
    fixable: true,
  },
  check({ model, report, slice }) {
    const bySection = new Map<string, Occurrence[]>();
    for (const citation of citationsOf(model, catalogueOf(model.profile)).bound()) {
      if (citation.act === undefined) continue;
      for (const group of citation.groups) {
        if (group.keyword.kind !== 'section') continue;
        const style = styleOf(group.keyword);
        for (const section of new Set(group.provisions.map((p) => p.section!))) {
          const key = `${citation.act.id} ${section}`;
          const occurrences = bySection.get(key);
          if (occurrences) occurrences.push({ group, style });
          else bySection.set(key, [{ group, style }]);
        }
      }
    }
    const flagged = new Map<ProvisionGroup, Occurrence>();
    for (const occurrences of bySection.values()) {
      const preferred = preferredOf(occurrences);
      for (const occurrence of occurrences) {
        if (occurrence.style !== preferred.style && !flagged.has(occurrence.group)) flagged.set(occurrence.group, preferred);
      }
    }
    for (const [group, preferred] of [...flagged].sort((a, b) => a[0].span.start - b[0].span.start)) {
      const keyword = keywordIn(preferred.style, group.keyword);
      const span = asWritten(group);
      const wanted = `${keyword}${slice({ start: group.keyword.span.end, end: span.end })}`;
      report({
        message: `"${slice(span)}" is written "${wanted}" elsewhere in this statement; cite it one way throughout.`,
        span,
        fix: replace(group.keyword.span, keyword),
      });
    }
  },
});

/**
 * "section", "Section" (a capital mid-sentence), "s", "s.", "s " and their capitals. A capital that
 * opens a sentence or a heading is no style of its own.
 */
function styleOf(keyword: Keyword): string {
  const word = /^[A-Za-z]+/.exec(keyword.text)![0];
  const full = /^sections?$/i.test(word);
  const base = full ? 'section' : `s${keyword.text.slice(word.length).replace(/[\t\u00A0]/, ' ')}`;
  return /^[A-Z]/.test(word) && !keyword.sentenceStart ? base.charAt(0).toUpperCase() + base.slice(1) : base;
}

/** The house writes "section" in full: it wins wherever it is used; otherwise the commonest, then the first. */
function preferredOf(occurrences: Occurrence[]): Occurrence {
  const full = occurrences.find((o) => o.style === 'section');
  if (full !== undefined) return full;
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.style, (counts.get(o.style) ?? 0) + 1);
  return occurrences.reduce((best, o) => (counts.get(o.style)! > counts.get(best.style)! ? o : best));
}

function keywordIn(style: string, keyword: Keyword): string {
  const full = /^section$/i.test(style);
  const word = full ? (keyword.plural ? 'sections' : 'section') : keyword.plural ? 'ss' : 's';
  const tail = full ? ' ' : style.slice(1);
  const capital = /^[A-Z]/.test(style) || (keyword.sentenceStart && /^[A-Z]/.test(keyword.text));
  return `${capital ? word.charAt(0).toUpperCase() + word.slice(1) : word}${tail}`;
}

/** The keyword and the first number after it: "S47", "section 47". */
function asWritten(group: ProvisionGroup): Span {
  return { start: group.keyword.span.start, end: group.provisions[0]!.idSpan.end };
}
