import type { DecisionModel, Section } from '../model/model';
import type { Report } from '../types';
import { defineRule } from '../engine/rule';
import { sectionName } from './util';

export default defineRule({
  meta: {
    id: 'section-order',
    description: 'Sections are not in the house order.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ model, report }) {
    const ranked = model.sections.filter((s) => s.id !== undefined && !isFlexible(model, s));
    const keep = longestOrderedRun(ranked.map((s) => model.profile.rank.get(s.id!)!));
    ranked.forEach((section, i) => {
      if (keep.has(i)) return;
      const rank = model.profile.rank.get(section.id!)!;
      const laterEarlier = ranked.slice(0, i).find((s) => model.profile.rank.get(s.id!)! > rank);
      const earlierLater = [...ranked.slice(i + 1)].reverse().find((s) => model.profile.rank.get(s.id!)! < rank);
      const other = laterEarlier ?? earlierLater;
      if (!other) return;
      const relation = laterEarlier ? 'before' : 'after';
      report({
        message: `"${sectionName(model, section)}" should come ${relation} "${sectionName(model, other)}".`,
        span: section.heading.span,
        related: [{ message: `"${sectionName(model, other)}" is here.`, span: other.heading.span }],
      });
    });
    for (const section of model.sections.filter((s) => isFlexible(model, s))) checkBounds(model, section, report);
  },
});

/** A section such as "What I have investigated" may sit anywhere between the sections that bound it. */
function isFlexible(model: DecisionModel, section: Section): boolean {
  const spec = model.profile.sectionById.get(section.id ?? '');
  return spec?.orderAfter !== undefined || spec?.orderBefore !== undefined;
}

function checkBounds(model: DecisionModel, section: Section, report: (r: Report) => void): void {
  const spec = model.profile.sectionById.get(section.id!)!;
  const index = model.sections.indexOf(section);
  const before = model.sections.slice(0, index).find((s) => spec.orderBefore?.includes(s.id ?? ''));
  const after = model.sections.slice(index + 1).find((s) => spec.orderAfter?.includes(s.id ?? ''));
  const other = before ?? after;
  if (!other) return;
  report({
    message: `"${sectionName(model, section)}" should come ${before ? 'before' : 'after'} "${sectionName(model, other)}".`,
    span: section.heading.span,
    related: [{ message: `"${sectionName(model, other)}" is here.`, span: other.heading.span }],
  });
}

/**
 * The indices of a longest non-decreasing subsequence: the sections taken to be in place, so that one
 * misplaced section is reported once rather than everything after it.
 */
function longestOrderedRun(ranks: number[]): Set<number> {
  const length = ranks.map(() => 1);
  const previous = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ranks[j]! <= ranks[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let best = -1;
  length.forEach((l, i) => { if (best === -1 || l > length[best]!) best = i; });
  const keep = new Set<number>();
  for (let i = best; i !== -1; i = previous[i]!) keep.add(i);
  return keep;
}
