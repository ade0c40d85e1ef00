import * as z from 'zod';
import { lazySchema } from '../lazy-schema';
import { CALENDARS, DEFAULT_CALENDAR } from '../remedies/calendar';
import { exponentialRepetition } from './backtracking';

/** The cases that decide which sections a statement needs (house-style.md section 2). */
export const OUTCOME_CASES = ['upheld-remedy-agreed', 'upheld-remedied', 'not-upheld', 'closed', 'unknown'] as const;
export type OutcomeCase = (typeof OUTCOME_CASES)[number];

/** The form of profile and section ids. */
export const PROFILE_ID = /^[a-z][a-z-]*$/;
/** The schema of a profile file; the JSON Schema in schemas/ is generated from it and checked for staleness. */
export const profileSchema = lazySchema(() => {
  const Id = z.string().regex(PROFILE_ID, 'expected lower-case letters and hyphens, starting with a letter');
  const Texts = z.array(z.string());

  /*
   * The descriptions are what an office writing its own profile sees in its editor (they go into
   * schemas/decision-lint-profile.schema.json); docs/profiles.md says the same at more length.
   */
  const SectionSpecSchema = z.strictObject({
    id: Id.describe('The section\'s id. Rules know agreed-action (the remedies), final-decision, and findings, assessment and analysis.'),
    heading: z.string().min(1).describe('The heading as the house writes it.'),
    aliases: Texts.default([]).describe('Other headings the house accepts as they are.'),
    variants: Texts.default([]).describe('Headings that mean this section but should be written as the heading (reported and fixed by section-heading).'),
    prefixAliases: Texts.default([]).describe('Beginnings that name this section ("Analysis -" for "Analysis - has the Council ...").'),
    required: z.array(z.enum(OUTCOME_CASES)).default([]).describe('The outcome cases that need this section.'),
    orderAfter: Texts.optional().describe('For a section whose place is bounded by others rather than fixed by its position: the sections it comes after.'),
    orderBefore: Texts.optional().describe('The sections it comes before, with orderAfter.'),
    sameRankAs: z.string().optional().describe('Another section\'s id this one stands in for, for order and requirements ("My assessment" for "What I found").'),
    subheadingOf: Texts.default([]).describe('Sections inside which this heading is a sub-heading rather than a section of its own.'),
    holdsSubheadings: z.boolean().default(false).describe('Whether free sub-headings occur inside this section.'),
    standardParagraphs: Texts.default([]).describe('Ids in the paragraph library of the paragraphs a new section of this kind starts with.'),
  });

  /**
   * A regular expression kept as data, matched with `flags`. One that does not compile, or that can
   * take time exponential in the length of a line, is reported where it is written.
   */
  const patternSchema = (flags: string) =>
    z
      .string()
      .refine(compiles, 'is not a valid regular expression')
      .superRefine((source, context) => {
        const repetition = exponentialRepetition(source, flags);
        if (repetition === undefined) return;
        context.addIssue({
          code: 'custom',
          message:
            `can take time exponential in the length of a line: in "${repetition}" one round can end with the characters the next begins with, ` +
            'so a long paragraph is split between the rounds in more ways than any run can try. Write it so that the rounds cannot overlap ' +
            '("\\w+(?:\\s\\w+)*" for "(\\w+\\s?)+")',
        });
      });
  const Pattern = patternSchema('i');

  const Labels = z.array(z.string().min(1));

  /** The labels of the header's `Label : value` lines, by what each line gives; the defaults are the LGSCO's. */
  const FieldsSchema = z.strictObject({
    reference: Labels.default([]).describe('Labels of a line that carries the reference ("Case ref"), for offices whose decisions have no "Body (reference)" title; "auto" chooses the profile by this line.'),
    category: Labels.default(['Category']).describe('Labels of the "Category > Subcategory" line.'),
    decision: Labels.default(['Decision']).describe('Labels of the outcome line ("Outcome").'),
    date: Labels.default(['Decision date', 'Date of decision']).describe('Labels of the decision date line ("Report Date"); remedy due dates count from it.'),
    summary: Labels.default(['Summary']).describe('Labels of the summary; the label may also stand alone on its line, with the text after it.'),
    other: Labels.default([]).describe('Labels of header lines read and not checked ("Body", "Sector", "Subject").'),
  });

  /** What the remedy rules expect where an office words it differently; what is left out is the LGSCO's. */
  const RemediesSchema = z.strictObject({
    defaultDeadline: z.string().min(1).optional().describe('The deadline suggested for an action without one ("within four weeks of the date of this determination").'),
    deadlinePhrases: z.array(z.string().min(1)).min(1).optional().describe('The deadline phrasings the office prints, offered as completions.'),
    decisionEvents: z.array(z.string().min(1)).min(1).optional().describe('Words after "of" that name the decision itself ("this report"), so that a period counts from the decision date.'),
    recommendedHeadings: z.array(z.string().min(1)).optional().describe('Headings of recommended-action parts, read for actions besides the agreed-action section.'),
    evidenceRequest: z.string().min(1).optional().describe('The request for evidence of compliance that closes an action section, after the body\'s name ("should provide us with evidence ...").'),
    bodyNames: z.array(z.string().min(1)).min(1).optional().describe('How statements name the body ("the landlord"): the first one a section uses starts the suggested request, else the last.'),
  });

  return z.strictObject({
    $schema: z.string().optional().describe('The JSON Schema this file follows; editors use it to validate and complete.'),
    id: Id.describe('What configs and --print-config call the profile.'),
    name: z.string().min(1).describe('The office\'s full name, used in messages.'),
    reference: z
      .strictObject({
        pattern: patternSchema('').describe('A regular expression the house form of the reference matches. Keep it linear (no nested quantifiers).'),
        example: z.string().describe('A reference in house form, quoted in messages.'),
        digits: z.array(z.number().int().positive()).describe('The sizes of its groups of digits ([2, 3, 3] for "21 003 279"), to regroup a reference typed otherwise.'),
      })
      .describe('The decision\'s reference number.'),
    statusLines: z
      .strictObject({ final: Texts, draft: Texts })
      .describe('The lines that say whether this is the final or the draft decision, the first of each the house form. Empty lists: the office prints none, and none is asked for.'),
    fields: FieldsSchema.prefault({}).describe('The labels of the header\'s "Label : value" lines. Leave a key out for the LGSCO\'s labels.'),
    outcomes: z
      .array(
        z.strictObject({
          id: z.enum(['upheld', 'not-upheld', 'closed']).describe('What the outcome means for the sections required.'),
          label: z.string().describe('The outcome as written on the outcome line.'),
          match: z.string().optional().describe('A shorter beginning that names the outcome ("closed" for "Closed after initial enquiries").'),
        }),
      )
      .min(1)
      .describe('The outcomes the outcome line may give; several labels may share an id.'),
    sections: z.array(SectionSpecSchema).min(1).describe('The sections, in house order.'),
    signoff: Texts.describe('Lines that close the statement; may be empty.'),
    avoidedLetters: z
      .array(z.string().regex(/^[A-Z]$/, 'expected one capital letter'))
      .default([])
      .describe('Letters the office does not give people as pseudonyms ("A", which reads as the word "a"); pseudonym-avoided-letter reports one given.'),
    remedyAgreedPatterns: z.array(Pattern).describe('Regular expressions for a remedy agreed now ("is ordered to"), matched ignoring case in the Summary and final decision.'),
    alreadyRemediedPatterns: z.array(Pattern).describe('Regular expressions for a remedy the body had already given ("has already apologised").'),
    remedies: RemediesSchema.prefault({}).describe('What the remedy rules expect, where the office words it differently from the LGSCO.'),
    calendar: z
      .enum(CALENDARS)
      .default(DEFAULT_CALENDAR)
      .describe('Whose bank holidays a deadline in working days skips: "england-and-wales" (the default) or "scotland".'),
    categories: z.record(z.string(), Texts).describe('Categories of the Category line, each with its subcategories; empty when the office has no Category line.'),
    clutter: z
      .strictObject({
        lines: Texts.describe('Whole lines a copy from the website leaves behind ("Back to top").'),
        patterns: z.array(Pattern).describe('Regular expressions for such lines, matched ignoring case.'),
      })
      .describe('What a copy from the office\'s website leaves behind.'),
  });
});

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export type ProfileData = z.infer<ReturnType<typeof profileSchema>>;
export type SectionSpec = ProfileData['sections'][number];
export type FieldRole = keyof ProfileData['fields'];
