/**
 * The data decision-lint ships: the house-style profiles, the remedy vocabulary, the bank holidays,
 * the statute catalogue, the role-and-powers themes and the paragraph library, each as its schema gives
 * it back (checked, defaults filled in). scripts/write-built-ins.ts makes this file from the data files
 * beside the code that reads them, and a test fails when it is stale. Checking the data at every start
 * instead was the largest part of what zod cost a cold start of the CLI.
 */
import type * as z from 'zod';
import type { ProfileData } from './profile/schema';
import type { VocabularySchema } from './remedies/vocabulary';
import type { BankHolidaysSchema, CalendarId } from './remedies/calendar';
import type { CatalogueSchema } from './citations/schema';
import type { PowersSchema } from './citations/powers';
import type { ParagraphLibrary } from './paragraphs/schema';
import generated from './built-ins.generated.json';

export interface BuiltIns {
  /** By id, the default (lgsco) first. */
  profiles: Record<string, ProfileData>;
  vocabulary: z.infer<typeof VocabularySchema>;
  bankHolidays: Record<CalendarId, z.infer<typeof BankHolidaysSchema>>;
  statutes: z.infer<typeof CatalogueSchema>;
  powers: z.infer<typeof PowersSchema>;
  paragraphs: ParagraphLibrary;
}

export const BUILT_INS = generated as unknown as BuiltIns;
