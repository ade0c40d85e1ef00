import { normaliseHeading } from '../text/normalise';
import { isDigitCode } from '../people/words';
import type { FieldRole, ProfileData, SectionSpec } from './schema';
import { builtInParagraphs } from '../paragraphs/library';
import type { CalendarId } from '../remedies/calendar';
import { BUILT_IN_PROFILES } from '../built-ins';

/** A profile with its patterns compiled and its headings indexed, ready for the parser and rules. */
export interface Profile {
  data: ProfileData;
  /** The profile's id and name, for shells that say which house style a document was linted under. */
  id: string;
  name: string;
  /** Whose bank holidays remedy due dates in working days skip. */
  calendar: CalendarId;
  referencePattern: RegExp;
  /** Normalised heading (canonical, alias or variant) to the section it names. */
  headingIndex: Map<string, { spec: SectionSpec; kind: 'canonical' | 'alias' | 'variant'; form: string }>;
  sectionById: Map<string, SectionSpec>;
  /** Normalised heading beginnings that name a section ("analysis -"), longest first. */
  headingPrefixes: { prefix: string; spec: SectionSpec }[];
  /** The first letters of the heading prefixes, which every numbered paragraph's line is tested against. */
  prefixInitials: Set<string>;
  /** Position of each section in house order; sections with `sameRankAs` share their partner's. */
  rank: Map<string, number>;
  clutterLines: Set<string>;
  /** Lines longer than this cannot be a heading, clutter line or sign-off by exact or near match. */
  longestShortLine: number;
  clutterPatterns: RegExp[];
  signoff: Set<string>;
  /** Trimmed, lower-cased status lines ("the ombudsman's final determination:") to what they declare. */
  statusLines: Map<string, 'final' | 'draft'>;
  /** The longest status line, so that a paragraph line is never lower-cased to look one up. */
  longestStatusLine: number;
  /** Normalised beginnings of the Decision line, longest first, to the outcome they name. */
  outcomePrefixes: { prefix: string; id: ProfileData['outcomes'][number]['id'] }[];
  remedyAgreed: RegExp[];
  alreadyRemedied: RegExp[];
  /** Lower-cased front-matter labels to what their line gives. */
  fieldRoles: Map<string, FieldRole>;
  /** The longest label, which bounds how far into a line its colon is looked for. */
  longestLabel: number;
  /** Whether a label opens with a digit; if none does, a numbered paragraph's line is no field. */
  labelOpensWithDigit: boolean;
}

/** Compiles a profile's data, as its schema gives it back (checked, defaults filled in). */
export function compileProfile(data: ProfileData, extraAliases: Record<string, string[]> = {}): Profile {
  const headingIndex: Profile['headingIndex'] = new Map();
  const sectionById = new Map<string, SectionSpec>();
  const rank = new Map<string, number>();
  data.sections.forEach((spec, i) => {
    sectionById.set(spec.id, spec);
    rank.set(spec.id, i);
  });
  const library = new Set(builtInParagraphs().map((p) => p.id));
  for (const spec of data.sections) {
    const unknown = spec.standardParagraphs.find((id) => !library.has(id));
    if (unknown !== undefined) throw new Error(`profile ${data.id}: section ${spec.id} names standard paragraph "${unknown}", which the paragraph library does not have`);
    if (spec.sameRankAs !== undefined) rank.set(spec.id, rank.get(spec.sameRankAs) ?? rank.get(spec.id)!);
    const add = (heading: string, kind: 'canonical' | 'alias' | 'variant') => {
      const key = normaliseHeading(heading);
      if (!headingIndex.has(key)) headingIndex.set(key, { spec, kind, form: heading });
    };
    add(spec.heading, 'canonical');
    for (const alias of [...spec.aliases, ...(extraAliases[spec.id] ?? [])]) add(alias, 'alias');
    for (const variant of spec.variants) add(variant, 'variant');
  }
  const fieldRoles = fieldRolesOf(data.fields);
  const headingPrefixes = data.sections
    .flatMap((spec) => spec.prefixAliases.map((p) => ({ prefix: normaliseHeading(p), spec })))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    data,
    id: data.id,
    name: data.name,
    calendar: data.calendar,
    referencePattern: new RegExp(data.reference.pattern),
    headingIndex,
    sectionById,
    headingPrefixes,
    prefixInitials: new Set(headingPrefixes.map(({ prefix }) => prefix.charAt(0))),
    rank,
    clutterLines: new Set(data.clutter.lines.map(normaliseHeading)),
    longestShortLine: Math.ceil(Math.max(...[...headingIndex.keys(), ...data.clutter.lines, ...data.signoff].map((s) => s.length)) * 1.25) + 2,
    clutterPatterns: data.clutter.patterns.map((p) => new RegExp(p, 'i')),
    signoff: new Set(data.signoff.map(normaliseHeading)),
    statusLines: new Map([
      ...data.statusLines.final.map((l) => [l.trim().toLowerCase(), 'final'] as const),
      ...data.statusLines.draft.map((l) => [l.trim().toLowerCase(), 'draft'] as const),
    ]),
    longestStatusLine: Math.max(0, ...[...data.statusLines.final, ...data.statusLines.draft].map((l) => l.trim().length)),
    outcomePrefixes: data.outcomes
      .map((o) => ({ prefix: normaliseHeading(o.match ?? o.label), id: o.id }))
      .sort((a, b) => b.prefix.length - a.prefix.length),
    remedyAgreed: data.remedyAgreedPatterns.map((p) => new RegExp(p, 'i')),
    alreadyRemedied: data.alreadyRemediedPatterns.map((p) => new RegExp(p, 'i')),
    fieldRoles,
    longestLabel: Math.max(...[...fieldRoles.keys()].map((l) => l.length)),
    labelOpensWithDigit: [...fieldRoles.keys()].some((l) => isDigitCode(l.charCodeAt(0))),
  };
}

function fieldRolesOf(fields: ProfileData['fields']): Map<string, FieldRole> {
  const roles = new Map<string, FieldRole>();
  for (const [role, labels] of Object.entries(fields) as [FieldRole, string[]][]) {
    for (const label of labels) if (!roles.has(label.toLowerCase())) roles.set(label.toLowerCase(), role);
  }
  return roles;
}

let defaultProfile: Profile | undefined;

/** The LGSCO profile, compiled once: it is the default for every document. */
export function lgscoProfile(): Profile {
  defaultProfile ??= compileProfile(BUILT_IN_PROFILES.lgsco!);
  return defaultProfile;
}
