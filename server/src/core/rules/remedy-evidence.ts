import * as z from 'zod';
import type { DecisionModel } from '../model/model';
import { defineRule } from '../engine/rule';
import { isoDate, isoDateOption } from '../remedies/calendar';
import { decisionDateOf, remediesOf } from '../remedies/remedies';
import type { RemedySection } from '../remedies/types';
import type { Suggestion } from '../types';
import { markerText } from './util';
import { makeRoomAt } from '../analysis/numbering';
import { eolOf, lineAt } from '../text/lines';
import { vocabularyOf } from '../remedies/vocabulary';
import { lazySchema } from '../lazy-schema';


const optionsSchema = lazySchema(() =>
  z.strictObject({
    /** Decisions dated on or after this day need the request (house-style.md section 6: "since about 2023"). */
    since: isoDateOption().default('2023-01-01'),
    /** What to do with a draft that has no decision date yet: most are being written now, so check them. */
    undated: z.enum(['check', 'skip']).default('check'),
    /** The decision date to assume in place of the front matter's (the CLI's --decision-date sets it). */
    decisionDate: isoDateOption().optional(),
  }),
);

type Options = z.infer<ReturnType<typeof optionsSchema>>;

export default defineRule<Options>({
  meta: {
    id: 'remedy-evidence',
    description: 'An Agreed action section does not end with the request for evidence that the actions were taken.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    options: optionsSchema,
    defaultOptions: { since: '2023-01-01', undated: 'check' },
  },
  check({ model, options, report }) {
    if (!applies(model, options)) return;
    const { evidenceRequest } = vocabularyOf(model.profile);
    for (const section of remediesOf(model).sections) {
      if (!section.remedies.some((r) => r.kind !== 'evidence')) continue;
      const requests = section.remedies.filter((r) => r.kind === 'evidence');
      const last = requests[requests.length - 1];
      if (last === undefined) {
        report({
          message: `The "${section.heading.text}" section does not end with the request for evidence of compliance ("${request(model, section, evidenceRequest)}").`,
          span: section.heading.span,
          suggestions: [addRequest(model, section, evidenceRequest)],
        });
      } else if (last.span.end !== section.contentEnd) {
        report({ message: 'The request for evidence of compliance should close the section: move it after the last action.', span: last.firstLine });
      }
    }
  },
});

function applies(model: DecisionModel, options: Options): boolean {
  const stated = decisionDateOf(model);
  const date = options.decisionDate ?? (stated && isoDate(stated));
  return date === undefined ? options.undated === 'check' : date >= options.since;
}

/** The office's request, naming the body the way the section does (else by the profile's last name for it). */
function request(model: DecisionModel, section: RemedySection, evidenceRequest: string): string {
  const names = vocabularyOf(model.profile).bodyNames;
  const inSection = model.text.slice(section.span.start, section.span.end).toLowerCase();
  const body = names.find((n) => mentions(inSection, n.toLowerCase())) ?? names[names.length - 1]!;
  return `${body[0]!.toUpperCase()}${body.slice(1)} ${evidenceRequest}`;
}

/** Whether the name stands in the text as words of its own ("the council", not "the councillor"). */
function mentions(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!/[\p{L}\d]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\d]/u.test(text[at + name.length] ?? ' ')) return true;
  }
  return false;
}

/** A paragraph after the last one, numbered and indented like it; in a statement numbered straight through, the paragraphs after it move up where they would clash. */
function addRequest(model: DecisionModel, section: RemedySection, evidenceRequest: string): Suggestion {
  const eol = eolOf(model.text);
  const inside = model.paragraphs.filter((p) => p.span.start > section.heading.span.end && p.span.end <= section.contentEnd && p.marker !== undefined);
  const last = inside[inside.length - 1];
  const lineStart = last && lineAt(model.lines, model.index, last.marker!.span.start).start;
  const prefix = last ? `${model.text.slice(lineStart!, last.marker!.span.start)}${markerText(last.marker!, last.marker!.value + 1)} ` : '';
  return {
    description: 'Add the request for evidence of compliance',
    fix: { edits: [{ range: [section.contentEnd, section.contentEnd], text: `${eol}${eol}${prefix}${request(model, section, evidenceRequest)}` }, ...(last ? makeRoomAt(model, section.contentEnd, last.marker!.value + 1) : [])] },
  };
}
