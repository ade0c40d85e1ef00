/**
 * The data decision-lint ships: the house-style profiles, the remedy vocabulary, the bank holidays,
 * the statute catalogue, the role-and-powers themes and the paragraph library, each as its schema gives
 * it back (checked, defaults filled in). scripts/write-built-ins.ts makes the files in built-ins/ from
 * the data files beside the code that reads them, and a test fails when they are stale. Checking the
 * data at every start instead cost a cold start of the CLI 2.4% of its instructions, and the building
 * of the schemas to check it with more (see lazy-schema.ts). One file per dataset, so that a bundle
 * carries only what it reads (the VS Code extension, the paragraphs).
 */
import type { ProfileData } from './profile/schema';
import type { VocabularyData } from './remedies/vocabulary';
import type { BankHolidaysData, CalendarId } from './remedies/calendar';
import type { CatalogueData } from './citations/schema';
import type { PowersData } from './citations/powers';
import type { ParagraphLibrary } from './paragraphs/schema';
import profiles from './built-ins/profiles.json';
import vocabulary from './built-ins/vocabulary.json';
import bankHolidays from './built-ins/bank-holidays.json';
import statutes from './built-ins/statutes.json';
import powers from './built-ins/powers.json';
import paragraphs from './built-ins/paragraphs.json';

/** By id, the default (lgsco) first. */
export const BUILT_IN_PROFILES = profiles as unknown as Record<string, ProfileData>;
export const BUILT_IN_VOCABULARY = vocabulary as unknown as VocabularyData;
export const BUILT_IN_BANK_HOLIDAYS = bankHolidays as unknown as Record<CalendarId, BankHolidaysData>;
export const BUILT_IN_STATUTES = statutes as unknown as CatalogueData;
export const BUILT_IN_POWERS = powers as unknown as PowersData;
export const BUILT_IN_PARAGRAPHS = paragraphs as unknown as ParagraphLibrary;
