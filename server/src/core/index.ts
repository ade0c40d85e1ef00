/**
 * The core of decision-lint: text in, findings out. No I/O and no editor types, so that the CLI and
 * the language server give the same answers by construction.
 */
import { RULES } from './rules';
import { ENGINE_RULES } from './engine/engine-rules';
import type { RuleMeta } from './engine/rule';
import { compileProfile, type Profile } from './profile/compile';
import { builtInCandidates } from './profile/registry';
import { chooseProfile, type Candidate, type ProfileChoice } from './profile/select';
import { ConfigError, resolveConfig, type ConfigLayer, type ResolvedConfig } from './config/resolve';
import { isProfilePath } from './config/schema';
import type { ProfileFile } from './profile/file';
import { lintText, type LintResult } from './engine/lint';
import { applyFixes } from './engine/fixes';
import type { LintMessage } from './types';
import type { DecisionModel } from './model/model';
import { parseDecision } from './parse/parse';
import type { DocumentMemo } from './incremental/document-memo';
import type { RuleTimings } from './engine/rule-timings';
import { attachCatalogue, extendedCatalogue } from './citations/catalogue';
import { oncePer } from './once-per';

export type { LintMessage, Fix, TextEdit, Span, Severity, Suggestion, RelatedLocation } from './types';
export type { LintResult } from './engine/lint';
export type { RuleMeta, Rule, AnyRule } from './engine/rule';
export type { ResolvedConfig, RuleConfig, ConfigLayer } from './config/resolve';
export type { ConfigFile } from './config/schema';
export type { DecisionModel, Section, Heading, Paragraph, ListItem, ParagraphReference, FrontMatter, Field } from './model/model';
export { builtInParagraphs, loadParagraphs, ParagraphLibraryError } from './paragraphs/library';
export type { StandardParagraph } from './paragraphs/library';
export { ConfigError, resolveConfig, validateConfigFile, DEFAULT_FILE_PATTERNS } from './config/resolve';
export { configFileSchema, isProfilePath } from './config/schema';
export { profileSchema } from './profile/schema';
export { checkProfileFile, type ProfileFile } from './profile/file';
export { applyFixes } from './engine/fixes';
export { ruleDocPath } from './engine/docs';
export { parseDecision } from './parse/parse';
export { DocumentMemo } from './incremental/document-memo';
export { RuleTimings, PARSE_TIMING } from './engine/rule-timings';
export { eolOf, lineAt } from './text/lines';
export { compareCodeUnits } from './text/sorted';
export { RULES } from './rules';
export { citationsOf, citationAt, namesCataloguedAct } from './citations/citations';
export { missingProvision } from './citations/missing';
export { straightenQuotes } from './text/normalise';
export type { Citation, CitationList, Provision, Binding, ActMention, ProvisionGroup, Keyword } from './citations/citations';
export { catalogueOf, Catalogue } from './citations/catalogue';
export type { CatalogueAct, ProvisionTarget } from './citations/catalogue';
export type { Statute } from './citations/schema';
export * from './remedies';
export { nameOf, peopleOf, personalDataIn } from './people';
export type { AnonymisedEntity, Drift, PeopleRegister, Person, PersonMention, PersonRole, PersonTitle, PersonalData, PersonalDataKind, SharedLetter } from './people';
export { parseIsoDate, type CalendarDate } from './text/dates';
export type { Profile } from './profile/compile';
export type { ProfileChoice } from './profile/select';
export { PROFILE_IDS, DEFAULT_PROFILE_ID } from './profile/registry';

/** Every id a config or directive may name: the rules and the engine's own findings. */
export const ALL_RULE_METAS: readonly RuleMeta<unknown>[] = [...RULES.map((r) => r.meta), ...ENGINE_RULES];

const CONFIGURABLE = ALL_RULE_METAS.map((meta) => ({ meta }));

/** Config files, outermost first, merged over every rule's defaults. */
export function configFromLayers(layers: readonly ConfigLayer[]): ResolvedConfig {
  const known = [...layers.flatMap((l) => (l.profiles ?? []).map((p) => p.data)), ...builtInCandidates().map((c) => c.profile.data)];
  const ids = [...new Set(known.map((p) => p.id))];
  // Which profile applies is known only per document, so an alias may name any profile's section.
  const sections = new Set(known.flatMap((p) => p.sections.map((s) => s.id)));
  for (const { source, config } of layers) {
    const unknown = Object.keys(config.headingAliases ?? {}).find((id) => !sections.has(id));
    if (unknown !== undefined) {
      throw new ConfigError(source, `headingAliases.${unknown}`, `unknown section id; expected one of ${[...sections].join(', ')}`);
    }
    const profile = config.profile;
    if (profile !== undefined && isProfilePath(profile)) {
      throw new ConfigError(source, 'profile', 'names a profile file, which only a config read from disk can load');
    }
    if (profile !== undefined && profile !== 'auto' && !ids.includes(profile)) {
      throw new ConfigError(source, 'profile', `unknown profile; expected "auto" or one of ${ids.join(', ')}, or the path of a profile file`);
    }
  }
  return resolveConfig(layers, CONFIGURABLE);
}

/** The configuration a document gets when no config file applies. */
export function builtInConfig(): ResolvedConfig {
  return configFromLayers([]);
}

/** Per chosen profile, its versions extended by a config (by alias set and statutes). */
const extended = new WeakMap<Profile, Map<string, Profile>>();

/** The profiles a document may be linted under: the config's files, nearest first, then the shipped ones. */
function candidatesOf(config: ResolvedConfig): readonly Candidate[] {
  if (config.profiles.length === 0) return builtInCandidates();
  return [...config.profiles.map((file) => ({ profile: compiledFile(file), from: file.source })), ...builtInCandidates()];
}

const compiledFile = oncePer((file: ProfileFile): Profile => compileProfile(file.data));

/** Which profile a document is linted under, where it came from and why: the config's choice, or its header. */
export function profileChoice(text: string, config: ResolvedConfig = builtInConfig()): ProfileChoice & { name: string } {
  const candidates = candidatesOf(config);
  const choice = chooseProfile(text, config.profile, config.profileSource, candidates);
  return { ...choice, name: candidates.find((c) => c.profile.id === choice.id)!.profile.name };
}

/**
 * The document's profile, extended with the config's heading aliases and carrying its statute
 * catalogue (compiled once per profile, alias set and statutes).
 */
function profileFor(text: string, config: ResolvedConfig): Profile {
  const candidates = candidatesOf(config);
  const { id } = chooseProfile(text, config.profile, config.profileSource, candidates);
  const chosen = candidates.find((c) => c.profile.id === id)!.profile;
  if (Object.keys(config.headingAliases).length === 0 && config.statutes.length === 0) return chosen;
  let versions = extended.get(chosen);
  if (versions === undefined) extended.set(chosen, (versions = new Map()));
  const key = JSON.stringify([config.headingAliases, config.statutes]);
  let profile = versions.get(key);
  if (profile === undefined) {
    profile = compileProfile(chosen.data, config.headingAliases);
    attachCatalogue(profile, extendedCatalogue(config.statutes));
    versions.set(key, profile);
  }
  return profile;
}

/** The document model of a text as the rules see it under this configuration, for shells that read it directly. */
export function modelOf(text: string, config: ResolvedConfig = builtInConfig()): DecisionModel {
  return parseDecision(text, profileFor(text, config), { numbering: config.numbering });
}

export interface LintOptions {
  /**
   * Kept from one lint of a document to the next, it spares reclassifying the lines an edit left
   * alone, rescanning citations before the paragraph it changed, and rescanning personal data outside
   * the lines it changed.
   */
  remembered?: DocumentMemo;
  /** Where to add the time of the parse and of each rule (the CLI's TIMING). */
  timings?: RuleTimings;
}

export function lint(text: string, config: ResolvedConfig = builtInConfig(), options: LintOptions = {}): LintResult {
  return lintText(text, { config, rules: RULES, profile: profileFor(text, config), ...options });
}

export interface FixResult {
  output: string;
  /** What is left after the last pass. */
  messages: LintMessage[];
  /** Fixes applied over all passes. */
  fixed: number;
  passes: number;
}

/** One fix can make room for another (a heading inserted, then renumbered), so fixing runs in passes. */
export const MAX_FIX_PASSES = 10;

/** Each pass is a lint, timed into `timings` when given. */
export function fix(text: string, config: ResolvedConfig = builtInConfig(), { timings }: Pick<LintOptions, 'timings'> = {}): FixResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  let result = lint(output, config, { timings });
  while (passes < MAX_FIX_PASSES) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes);
    passes++;
    if (next.applied === 0 || next.output === output) break;
    fixed += next.applied;
    output = next.output;
    result = lint(output, config, { timings });
  }
  return { output, messages: result.messages, fixed, passes };
}
