import type { DecisionModel, Section } from '../model/model';
import type { SectionSpec } from '../profile/schema';
import type { Fix, Span } from '../types';
import { defineRule } from '../engine/rule';
import { eolOf, lineAt } from '../text/lines';
import { builtInParagraphs } from '../paragraphs/library';
import { peopleOf } from '../people/register';
import { nameOf } from '../people/titles';

const WHY: Record<string, string> = {
  'upheld-remedy-agreed': 'an upheld complaint with an agreed remedy',
  'upheld-remedied': 'an upheld complaint',
  'not-upheld': 'a complaint that is not upheld',
  closed: 'a complaint closed after initial enquiries',
  unknown: 'every decision statement',
};

export default defineRule({
  meta: {
    id: 'section-missing',
    description: 'A section the house requires for this outcome is absent.',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, report }) {
    const present = new Set<string>();
    for (const section of model.sections) if (section.id !== undefined) present.add(section.id);
    for (const spec of model.profile.data.sections) {
      if (!spec.required.includes(model.outcome)) continue;
      if (present.has(spec.id) || partners(model, spec).some((id) => present.has(id))) continue;
      const next = followingSection(model, spec);
      // With no later section the new one still goes above the sign-off line, which closes the statement.
      const anchor = next?.heading.span ?? model.signoff;
      const at = anchor ? { ...anchor } : { start: model.text.length, end: model.text.length };
      report({
        message: `The section "${spec.heading}" is missing: ${WHY[model.outcome]} needs it.`,
        span: at,
        fix: insertSection(model, spec, anchor, next),
      });
    }
  },
});

/** Sections that stand in for each other ("My assessment" for "What I found"). */
function partners(model: DecisionModel, spec: SectionSpec): string[] {
  return model.profile.data.sections.filter((s) => s.sameRankAs === spec.id || spec.sameRankAs === s.id).map((s) => s.id);
}

/** The first present section that house order puts after the missing one: the new heading goes before it. */
function followingSection(model: DecisionModel, spec: SectionSpec): Section | undefined {
  const rank = model.profile.rank.get(spec.id)!;
  return model.sections.find((s) => s.id !== undefined && (model.profile.rank.get(s.id) ?? -1) > rank);
}

function insertSection(model: DecisionModel, spec: SectionSpec, anchor: Span | undefined, next: Section | undefined): Fix {
  const eol = eolOf(model.text);
  const firstNumber = model.numbering.mode === 'restart' ? 1 : lastNumberBefore(model, next) + 1;
  const texts = spec.standardParagraphs.map((id) => paragraphText(model, id));
  const paragraphs = texts.map((p, i) => `${firstNumber + i}. ${p}${eol}${eol}`).join('');
  const block = `${spec.heading}${eol}${eol}${paragraphs}`;
  if (anchor) {
    const lineStart = lineAt(model.lines, model.index, anchor.start).start;
    return { edits: [{ range: [lineStart, lineStart], text: block }] };
  }
  const end = model.text.length;
  const lead = end === 0 ? '' : model.text.endsWith('\n') || model.text.endsWith('\r') ? eol : eol + eol;
  return { edits: [{ range: [end, end], text: lead + block.trimEnd() + eol }] };
}

function lastNumberBefore(model: DecisionModel, next: Section | undefined): number {
  const limit = next ? next.heading.span.start : Infinity;
  let last = 0;
  for (const p of model.paragraphs) if (p.span.start < limit && p.number !== undefined) last = p.number;
  return last;
}

/**
 * The house text of a standard paragraph, with its placeholders at their defaults, and the complainant
 * the draft introduces in place of the library's "Mr X": a stranger's name left in a fixed statement
 * would lint clean and be published.
 */
function paragraphText(model: DecisionModel, id: string): string {
  // The profile's ids are checked against the library when it is compiled.
  const text = builtInParagraphs().find((p) => p.id === id)!.text;
  const { complainant } = peopleOf(model);
  return complainant === undefined ? text : text.replace(/\bMr X\b/g, nameOf(complainant));
}
