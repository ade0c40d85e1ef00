import type { Profile } from '../profile/compile';
import type { AddressTemplates, Statute } from './schema';
import { BUILT_IN_STATUTES } from '../built-ins';
import { rememberedIn } from '../bounded-memo';

/** An Act in the catalogue, with the key its citations are grouped by. */
export interface CatalogueAct extends Statute {
  /** `<type>/<year>/<chapter>`, as in its legislation.gov.uk address. */
  id: string;
}

/** Where a provision stands against what the catalogue knows of its Act. */
export type Existence =
  | { kind: 'exists' }
  | { kind: 'unknown' }
  | { kind: 'missing'; level: 'section' | 'schedule' | 'paragraph' | 'subdivision'; depth: number };

/** The answers without details, made once: a text citing sections again and again asks tens of thousands of times. */
const EXISTS: Existence = Object.freeze({ kind: 'exists' });
const UNKNOWN: Existence = Object.freeze({ kind: 'unknown' });

/** What a citation points at: a section, or a schedule and its paragraph, and the path below either. */
export interface ProvisionTarget {
  section?: string;
  schedule?: string;
  paragraph?: string;
  /** Subsections then paragraphs ("26(6)(a)" is ["6", "a"]), or a schedule paragraph's sub-paragraphs. */
  path: readonly string[];
}

/** Case, commas, dash and apostrophe styles do not change which Act a title names. */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[\u2018\u2019\u2010-\u2015&,]|\s+/g, (ch) => (ch === '&' ? 'and' : ch === ',' ? '' : ch === '\u2018' || ch === '\u2019' ? "'" : /\s/.test(ch) ? ' ' : '-'))
    .trim();
}

const ROMAN = /^x{0,3}(?:ix|iv|v?i{0,3})$/;

/**
 * The first level under a section is always numbered, so "34H(i)" (the house's printed string) and
 * "34H(1)" name the same subsection.
 */
export function normalisedPath(path: readonly string[]): string[] {
  return path.map((part, i) => (i === 0 && part.length > 0 && ROMAN.test(part) ? String(romanToNumber(part)) : part));
}

function romanToNumber(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!]!;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** A provision's identity, the same however it was written: "26A(1)", "Sch 5 para 5(2)". */
export function provisionKey(target: ProvisionTarget): string {
  const path = normalisedPath(target.path).map((p) => `(${p})`).join('');
  if (target.schedule !== undefined) return `Schedule ${target.schedule}${target.paragraph === undefined ? '' : ` paragraph ${target.paragraph}`}${path}`;
  return `${target.section ?? ''}${path}`;
}

const MAX_REMEMBERED_TITLES = 10_000;

export interface TitleEntry {
  title: string;
  acts: readonly CatalogueAct[];
}

/** The statute catalogue: the built-in Acts, with any an office adds in its config. */
export class Catalogue {
  readonly acts: readonly CatalogueAct[];
  private readonly byTitle = new Map<string, CatalogueAct[]>();
  private readonly byAlias = new Map<string, CatalogueAct>();
  private readonly filled = new Map<string, AddressTemplates>();
  private readonly titles = new Map<string, TitleEntry>();
  private lastEntry: TitleEntry | undefined;

  constructor(acts: readonly Statute[], private readonly addresses: AddressTemplates) {
    this.acts = acts.map((act) => ({ ...act, id: `${act.type}/${act.year}/${act.chapter}` }));
    for (const act of this.acts) {
      const key = normaliseTitle(act.title);
      this.byTitle.set(key, [...(this.byTitle.get(key) ?? []), act]);
      for (const alias of act.aliases) this.byAlias.set(normaliseTitle(alias), act);
    }
  }

  /** Every year of the Acts with this short title ("Housing Act": 1985, 1988, 1996). */
  titled(title: string): readonly CatalogueAct[] {
    return this.entry(title).acts;
  }

  /**
   * The entry for the title written in `text` from `start` to `end`, as `entry` gives it. A draft names
   * the same Act again and again, so the last entry given is checked first, without cutting the title
   * out of the text and looking it up.
   */
  entryAt(text: string, start: number, end: number): TitleEntry {
    const last = this.lastEntry;
    if (last !== undefined && last.title.length === end - start && text.startsWith(last.title, start)) return last;
    return (this.lastEntry = this.entry(text.slice(start, end)));
  }

  /**
   * The Acts with a short title, and one copy of the title as given, for every mention of it to share:
   * a text naming an Act again and again otherwise kept a copy of its title for each.
   */
  entry(title: string): TitleEntry {
    // Drafts repeat the same few titles; the memo is bounded for a long-running language server, and
    // keys a copy of a title cut from a draft, so that it does not keep the draft.
    return rememberedIn(this.titles, title, MAX_REMEMBERED_TITLES, this.entryOf);
  }

  /** Made once, not a closure at each look-up. */
  private readonly entryOf = (title: string): TitleEntry => ({ title, acts: this.byTitle.get(normaliseTitle(title)) ?? [] });

  /** The Act an abbreviation with its year names ("LGA 1974"). */
  aliased(text: string): CatalogueAct | undefined {
    return this.byAlias.size === 0 ? undefined : this.byAlias.get(normaliseTitle(text));
  }

  hasAliases(): boolean {
    return this.byAlias.size > 0;
  }

  exists(act: CatalogueAct, target: ProvisionTarget): Existence {
    if (target.schedule !== undefined) return scheduleExists(act, target.schedule, target.paragraph, target.path);
    if (target.section === undefined) return UNKNOWN;
    const section = act.sections[target.section];
    if (section === undefined) return sectionOutsideCatalogue(act, target.section);
    return pathExists(section.subsections, section.subsectionsComplete, target.path.length === 0 ? target.path : normalisedPath(target.path));
  }

  /** Whether the catalogue describes the provision's section or schedule: a citation decisions make. */
  describes(act: CatalogueAct, target: ProvisionTarget): boolean {
    if (target.schedule !== undefined) return act.schedules[target.schedule] !== undefined;
    return target.section !== undefined && act.sections[target.section] !== undefined;
  }

  description(act: CatalogueAct, target: ProvisionTarget): string | undefined {
    if (target.schedule !== undefined) {
      const schedule = act.schedules[target.schedule];
      return (target.paragraph === undefined ? undefined : schedule?.paragraphs[target.paragraph]?.description) ?? schedule?.description;
    }
    return target.section === undefined ? undefined : act.sections[target.section]?.description;
  }

  /** The legislation.gov.uk page of the Act, section, schedule or schedule paragraph. */
  address(act: CatalogueAct, target?: ProvisionTarget): string {
    const templates = this.addressesOf(act);
    if (target?.schedule !== undefined) {
      const schedule = templates.schedule.replace('{schedule}', target.schedule);
      return target.paragraph === undefined ? schedule : templates.paragraph.replace('{schedule}', target.schedule).replace('{paragraph}', target.paragraph);
    }
    return target?.section === undefined ? templates.act : templates.section.replace('{section}', target.section);
  }

  /** The address templates with the Act's own parts filled in, once per Act. */
  private addressesOf(act: CatalogueAct): AddressTemplates {
    let filled = this.filled.get(act.id);
    if (filled === undefined) {
      const fill = (template: string) => template.replace('{type}', act.type).replace('{year}', String(act.year)).replace('{chapter}', String(act.chapter));
      filled = { act: fill(this.addresses.act), section: fill(this.addresses.section), schedule: fill(this.addresses.schedule), paragraph: fill(this.addresses.paragraph) };
      this.filled.set(act.id, filled);
    }
    return filled;
  }
}

function sectionOutsideCatalogue(act: CatalogueAct, section: string): Existence {
  const number = Number(/^\d+/.exec(section)![0]);
  const partListing = act.parts.find((part) => {
    const numbers = part.sections.map((s) => Number(/^\d+/.exec(s)![0]));
    return number >= Math.min(...numbers) && number <= Math.max(...numbers);
  });
  if (partListing !== undefined) {
    const listed = act.parts.some((part) => part.sections.includes(section));
    return listed ? EXISTS : { kind: 'missing', level: 'section', depth: 0 };
  }
  if (act.lastSection !== undefined && number > act.lastSection) return { kind: 'missing', level: 'section', depth: 0 };
  return UNKNOWN;
}

function scheduleExists(act: CatalogueAct, scheduleId: string, paragraph: string | undefined, path: readonly string[]): Existence {
  const schedule = act.schedules[scheduleId];
  if (schedule === undefined) {
    const plain = /^\d+$/.test(scheduleId);
    const beyond = plain && act.lastSchedule !== undefined && Number(scheduleId) > act.lastSchedule;
    return beyond ? { kind: 'missing', level: 'schedule', depth: 0 } : UNKNOWN;
  }
  if (paragraph === undefined) return EXISTS;
  const entry = schedule.paragraphs[paragraph];
  if (entry === undefined) return schedule.paragraphsComplete ? { kind: 'missing', level: 'paragraph', depth: 0 } : UNKNOWN;
  return pathExists(entry.subparagraphs, false, path);
}

function pathExists(subdivisions: Record<string, string[]> | undefined, complete: boolean, path: readonly string[]): Existence {
  const [first, second] = path;
  if (first === undefined) return EXISTS;
  const paragraphs = subdivisions?.[first];
  if (paragraphs === undefined) return complete ? { kind: 'missing', level: 'subdivision', depth: 0 } : UNKNOWN;
  if (second === undefined) return EXISTS;
  if (paragraphs.length === 0) return UNKNOWN;
  return paragraphs.includes(second) ? EXISTS : { kind: 'missing', level: 'subdivision', depth: 1 };
}

/** Adds an office's Acts to the built-in ones; an Act with the same title and year is extended, its own entries winning. */
export function mergeStatutes(base: readonly Statute[], extra: readonly Statute[]): Statute[] {
  const merged = [...base];
  for (const act of extra) {
    const at = merged.findIndex((m) => normaliseTitle(m.title) === normaliseTitle(act.title) && m.year === act.year);
    if (at === -1) {
      merged.push(act);
      continue;
    }
    const old = merged[at]!;
    merged[at] = {
      ...old,
      ...act,
      aliases: [...new Set([...old.aliases, ...act.aliases])],
      parts: [...old.parts, ...act.parts],
      sections: { ...old.sections, ...act.sections },
      schedules: { ...old.schedules, ...act.schedules },
    };
  }
  return merged;
}

let defaultCatalogue: Catalogue | undefined;

export function builtInCatalogue(): Catalogue {
  defaultCatalogue ??= new Catalogue(BUILT_IN_STATUTES.acts, BUILT_IN_STATUTES.addresses);
  return defaultCatalogue;
}

/** The built-in catalogue extended with an office's statutes (from the `statutes` config key). */
export function extendedCatalogue(statutes: readonly Statute[]): Catalogue {
  if (statutes.length === 0) return builtInCatalogue();
  return new Catalogue(mergeStatutes(BUILT_IN_STATUTES.acts, statutes), BUILT_IN_STATUTES.addresses);
}

/**
 * Rules see the model, not the config, so a profile compiled for a config carries that config's
 * catalogue with it; any other profile gets the built-in one.
 */
const catalogues = new WeakMap<Profile, Catalogue>();

export function attachCatalogue(profile: Profile, catalogue: Catalogue): void {
  catalogues.set(profile, catalogue);
}

export function catalogueOf(profile: Profile): Catalogue {
  return catalogues.get(profile) ?? builtInCatalogue();
}
