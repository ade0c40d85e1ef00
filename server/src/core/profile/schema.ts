import { z } from 'zod';

/** The cases that decide which sections a statement needs (house-style.md section 2). */
export const OUTCOME_CASES = ['upheld-remedy-agreed', 'upheld-remedied', 'not-upheld', 'closed', 'unknown'] as const;
export type OutcomeCase = (typeof OUTCOME_CASES)[number];

const SectionSpecSchema = z.object({
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

export const ProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  reference: z.object({
    pattern: z.string(),
    example: z.string(),
    /** Group sizes of the digits, used to rebuild a reference typed without its spaces. */
    digits: z.array(z.number().int().positive()),
  }),
  statusLines: z.object({ final: z.array(z.string()).min(1), draft: z.array(z.string()).min(1) }),
  /**
   * The Decision line's outcomes. Several labels may share an id (the Housing Ombudsman's kinds of
   * maladministration are all "upheld"); `match` is the normalised beginning that names the outcome
   * when it is shorter than the label ("closed" for "Closed after initial enquiries").
   */
  outcomes: z.array(z.object({ id: z.enum(['upheld', 'not-upheld', 'closed']), label: z.string(), match: z.string().optional() })).min(1),
  sections: z.array(SectionSpecSchema).min(1),
  signoff: z.array(z.string()),
  remedyAgreedPatterns: z.array(z.string()),
  alreadyRemediedPatterns: z.array(z.string()),
  categories: z.record(z.string(), z.array(z.string())),
  clutter: z.object({ lines: z.array(z.string()), patterns: z.array(z.string()) }),
});

export type ProfileData = z.infer<typeof ProfileSchema>;
export type SectionSpec = z.infer<typeof SectionSpecSchema>;
