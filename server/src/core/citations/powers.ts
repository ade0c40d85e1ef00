/**
 * The standard paragraphs of The Ombudsman's role and powers (house-style.md section 4): each theme,
 * the key phrases that give it away, and the citation the house ends it with. The data is in
 * powers-themes.json, so another house can carry its own.
 */
import * as z from 'zod';
import { lazySchema } from '../lazy-schema';
import { normaliseHeading } from '../text/normalise';
import { provisionKey } from './catalogue';
import { findProvisionGroups } from './scan';
import { BUILT_IN_POWERS } from '../built-ins';
import { concatMap } from '../arrays';
import { rememberedIn } from '../bounded-memo';
import { oncePer } from '../once-per';

/** The role-and-powers themes file: the house's standard citations, and the phrases that call for each. */
export const powersSchema = lazySchema(() => {
  return z
    .object({
      section: z.string().min(1),
      act: z.object({ title: z.string().min(1), year: z.number().int() }).strict(),
      form: z.string().includes('{act}').includes('{provisions}'),
      themes: z
        .array(
          z
            .object({
              id: z.string().regex(/^[a-z][a-z-]*$/),
              about: z.string().min(1),
              phrases: z.array(z.array(z.string().min(1)).min(1)).min(1),
              citation: z.string().min(1),
            })
            .strict(),
        )
        .min(1),
    })
    .strict();
});

export type PowersData = z.infer<ReturnType<typeof powersSchema>>;

export interface PowersTheme {
  id: string;
  about: string;
  /** Every group must occur in the paragraph, any phrase of a group will do. */
  phrases: string[][];
  /** The provision list as the house prints it: "section 30(1B) and 34H(i)". */
  citation: string;
  /** The keyword the house prints, which may differ from what the count would say. */
  printedKeyword: string;
  /** The provisions it cites, as `provisionKey`s. */
  keys: Set<string>;
}

export interface PowersHouse {
  sectionId: string;
  act: { title: string; year: number };
  themes: PowersTheme[];
  /** The whole citation in house form, round brackets included. */
  citation(provisions: string): string;
}

let house: PowersHouse | undefined;

export function powersHouse(): PowersHouse {
  house ??= compile(BUILT_IN_POWERS);
  return house;
}

function compile(raw: PowersData): PowersHouse {
  const actName = `${raw.act.title} ${raw.act.year}`;
  return {
    sectionId: raw.section,
    act: raw.act,
    citation: (provisions) => raw.form.replace('{act}', actName).replace('{provisions}', provisions),
    themes: raw.themes.map((theme) => {
      const groups = findProvisionGroups(theme.citation, () => false);
      if (groups.length === 0) throw new Error(`powers theme ${theme.id}: cannot read the citation "${theme.citation}"`);
      return {
        ...theme,
        phrases: theme.phrases.map((group) => group.map(comparable)),
        printedKeyword: groups.keyword(0).text.trim(),
        keys: new Set(groups.all().flatMap((g) => g.provisions.map(provisionKey))),
      };
    }),
  };
}

/** Quotes, dashes and case vary between drafts and the website; phrases are compared without them. */
function comparable(text: string): string {
  return normaliseHeading(text).replace(/['"]/g, '');
}

/** The themes whose key phrases all occur in the paragraph. */
export function themesOf(paragraphText: string, themes: readonly PowersTheme[]): readonly PowersTheme[] {
  return rememberedIn(themesByText(themes), paragraphText, REMEMBERED_PARAGRAPHS, () => {
    const text = comparable(paragraphText);
    return themes.filter((theme) => theme.phrases.every((group) => group.some((phrase) => text.includes(phrase))));
  });
}

/**
 * The themes of the paragraphs read before, by their text, for each list of themes. The role-and-powers
 * paragraphs are standard text, the same in draft after draft, and normalising one (Unicode NFC, quotes,
 * dashes) cost more than the lookup: a linted tree of drafts read its few standard paragraphs afresh in
 * every draft. Cleared when full, so a long session keeps no more than this many paragraphs.
 */
const themesByText = oncePer((_themes: readonly PowersTheme[]) => new Map<string, readonly PowersTheme[]>());
const REMEMBERED_PARAGRAPHS = 256;

/** Whether a paragraph's cited provisions are what one of its themes, or all of them together, cite. */
export function citesItsThemes(cited: ReadonlySet<string>, themes: readonly PowersTheme[]): boolean {
  const all = new Set(concatMap(themes, (t) => [...t.keys]));
  return themes.some((t) => sameSet(t.keys, cited)) || sameSet(all, cited);
}

export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}
