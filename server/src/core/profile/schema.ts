import { z } from 'zod';

/** The cases that decide which sections a statement needs (house-style.md section 2). */
export const OUTCOME_CASES = ['upheld-remedy-agreed', 'upheld-remedied', 'not-upheld', 'closed', 'unknown'] as const;
export type OutcomeCase = (typeof OUTCOME_CASES)[number];

const SectionSpecSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z-]*$/),
  heading: z.string().min(1),
  /** Other headings the house accepts as they are. */
  aliases: z.array(z.string()).default([]),
  /** Headings that mean this section but should be written as `heading` (reported, fixable). */
  variants: z.array(z.string()).default([]),
  /** Headings that begin with one of these mean this section ("Analysis - has the Council ..."). */
  prefixAliases: z.array(z.string()).default([]),
  required: z.array(z.enum(OUTCOME_CASES)).default([]),
  /** A section whose place is only bounded by others, rather than fixed by its position in the list. */
  orderAfter: z.array(z.string()).optional(),
  orderBefore: z.array(z.string()).optional(),
  /** Interchangeable with another section for ordering and for requirements ("My assessment"). */
  sameRankAs: z.string().optional(),
  /** Inside these sections this heading is a sub-heading rather than a section of its own. */
  subheadingOf: z.array(z.string()).default([]),
  holdsSubheadings: z.boolean().default(false),
  /** Ids in the paragraph library of the paragraphs a new section of this kind starts with. */
  standardParagraphs: z.array(z.string()).default([]),
});

/** A regular expression kept as data; one that does not compile is reported where it is written. */
const Pattern = z.string().refine(compiles, 'is not a valid regular expression');

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const Labels = z.array(z.string().min(1));

/**
 * The labels of the front matter's `Label : value` lines, by what each line gives. The defaults are the
 * LGSCO's; the Scottish and Welsh ombudsmen head their decisions with fields of their own words.
 */
const FieldsSchema = z.strictObject({
  /** A line that carries the reference, for offices whose decisions have no "Body (reference)" title. */
  reference: Labels.default([]),
  category: Labels.default(['Category']),
  decision: Labels.default(['Decision']),
  date: Labels.default(['Decision date', 'Date of decision']),
  /** The Summary may also stand alone on its line, with its text on the lines after it. */
  summary: Labels.default(['Summary']),
  /** Lines read as front matter and not checked ("Body", "Sector", "Subject"). */
  other: Labels.default([]),
});

/**
 * What the remedy rules expect, where an office words it differently from the LGSCO. Every key is
 * optional: what a profile leaves out is the LGSCO's (server/src/core/remedies/vocabulary.json).
 */
const RemediesSchema = z.strictObject({
  /** The deadline a fix suggests for an action that has none ("within four weeks of the date of this determination"). */
  defaultDeadline: z.string().min(1).optional(),
  /** The deadline phrasings the office prints, offered as completions. */
  deadlinePhrases: z.array(z.string().min(1)).min(1).optional(),
  /** Words after "of" that name the decision itself, so that a period counts from its date ("this report"). */
  decisionEvents: z.array(z.string().min(1)).min(1).optional(),
  /** Headings of recommended-action sections, besides the profile's agreed-action section. */
  recommendedHeadings: z.array(z.string().min(1)).optional(),
  /** The request for evidence of compliance that closes an action section, after the body's name. */
  evidenceRequest: z.string().min(1).optional(),
  /** How the statement names the body; the first one a section uses starts the request, else the last. */
  bodyNames: z.array(z.string().min(1)).min(1).optional(),
});

export const ProfileSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z-]*$/, 'expected lower-case letters and hyphens, starting with a letter'),
  name: z.string().min(1),
  reference: z.object({
    pattern: Pattern,
    example: z.string(),
    /** Group sizes of the digits, used to rebuild a reference typed without its spaces. */
    digits: z.array(z.number().int().positive()),
  }),
  /** Offices that print no "final decision" line leave both lists empty, and the line is not asked for. */
  statusLines: z.object({ final: z.array(z.string()), draft: z.array(z.string()) }),
  fields: FieldsSchema.prefault({}),
  /**
   * The Decision line's outcomes. Several labels may share an id (the Housing Ombudsman's kinds of
   * maladministration are all "upheld"); `match` is the normalised beginning that names the outcome
   * when it is shorter than the label ("closed" for "Closed after initial enquiries").
   */
  outcomes: z.array(z.object({ id: z.enum(['upheld', 'not-upheld', 'closed']), label: z.string(), match: z.string().optional() })).min(1),
  sections: z.array(SectionSpecSchema).min(1),
  signoff: z.array(z.string()),
  remedyAgreedPatterns: z.array(Pattern),
  alreadyRemediedPatterns: z.array(Pattern),
  remedies: RemediesSchema.prefault({}),
  categories: z.record(z.string(), z.array(z.string())),
  clutter: z.object({ lines: z.array(z.string()), patterns: z.array(Pattern) }),
});

export type ProfileData = z.infer<typeof ProfileSchema>;
export type SectionSpec = z.infer<typeof SectionSpecSchema>;
export type FieldRole = keyof ProfileData['fields'];
export type ProfileRemedies = ProfileData['remedies'];
