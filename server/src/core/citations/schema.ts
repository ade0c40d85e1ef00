import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/** "26", "26A", "34ZA", "5A": a section, schedule or paragraph number as legislation.gov.uk writes it. */
const PROVISION_ID = /^\d{1,4}[A-Z]{0,3}$/;
/** A subsection or sub-paragraph: "1", "1B", "a", "i". */
const PATH_ID = /^(?:\d{1,3}[A-Z]{0,2}|[a-z]{1,4})$/;

/** The statute catalogue's schemas, built together: the config's `statutes` key takes the same Acts. */
const schemas = lazySchema(() => {
  const ProvisionId = z.string().regex(PROVISION_ID);
  const PathId = z.string().regex(PATH_ID);

  /**
   * Subsections (or a paragraph's sub-paragraphs) that exist, each with the lettered paragraphs under it.
   * An empty list under a subsection says nothing about its paragraphs; a non-empty one is all of them.
   */
  const SubdivisionsSchema = z.record(PathId, z.array(PathId));

  const SectionSchema = z
    .object({
      description: z.string().min(1).describe('One line, in our own words, on what the section does.'),
      subsections: SubdivisionsSchema.optional(),
      subsectionsComplete: z.boolean().default(false).describe('The listed subsections are all the section has.'),
    })
    .strict();

  const ScheduleParagraphSchema = z
    .object({
      description: z.string().min(1),
      subparagraphs: SubdivisionsSchema.optional(),
    })
    .strict();

  const ScheduleSchema = z
    .object({
      description: z.string().min(1),
      paragraphs: z.record(ProvisionId, ScheduleParagraphSchema).default({}),
      paragraphsComplete: z.boolean().default(false),
    })
    .strict();

  const PartSchema = z
    .object({
      name: z.string().min(1),
      title: z.string().min(1),
      /** Every section of the Part, so a section numbered inside its range but not listed does not exist. */
      sections: z.array(ProvisionId).min(1),
    })
    .strict();

  const StatuteSchema = z
    .object({
      title: z.string().regex(/ Act$/).describe('The short title without its year, e.g. "Children Act".'),
      year: z.number().int().min(1600).max(2100),
      chapter: z.number().int().positive(),
      type: z.string().regex(/^[a-z]+$/).default('ukpga').describe('The legislation.gov.uk type, "ukpga" for a UK public general Act.'),
      aliases: z.array(z.string().min(2)).default([]).describe('Abbreviations that name the Act with its year, e.g. "LGA 1974".'),
      lastSection: z.number().int().positive().optional().describe('The highest plain section number; no plain section above it exists.'),
      lastSchedule: z.number().int().positive().optional(),
      parts: z.array(PartSchema).default([]).describe('Parts listed in full, so that a missing section inside their range is found.'),
      sections: z.record(ProvisionId, SectionSchema).default({}).describe('The sections decisions cite, by number.'),
      schedules: z.record(ProvisionId, ScheduleSchema).default({}),
    })
    .strict();

  const AddressTemplatesSchema = z
    .object({
      act: z.string(),
      section: z.string(),
      schedule: z.string(),
      paragraph: z.string(),
    })
    .strict();

  const CatalogueSchema = z
    .object({
      addresses: AddressTemplatesSchema,
      acts: z.array(StatuteSchema).min(1),
    })
    .strict();

  return { SectionSchema, ScheduleSchema, StatuteSchema, AddressTemplatesSchema, CatalogueSchema };
});

/** One Act of Parliament: enough to resolve its citations, check them and link them to legislation.gov.uk. */
export const statuteSchema = () => schemas().StatuteSchema;
/** The catalogue file: the Acts, and the legislation.gov.uk address templates. */
export const catalogueSchema = () => schemas().CatalogueSchema;

type Schemas = ReturnType<typeof schemas>;
export type Statute = z.infer<Schemas['StatuteSchema']>;
/** A statute as written in a config file, before its defaults are filled in. */
export type StatuteInput = z.input<Schemas['StatuteSchema']>;
export type StatuteSection = z.infer<Schemas['SectionSchema']>;
export type StatuteSchedule = z.infer<Schemas['ScheduleSchema']>;
export type AddressTemplates = z.infer<Schemas['AddressTemplatesSchema']>;
export type CatalogueData = z.infer<Schemas['CatalogueSchema']>;
