/**
 * The core of decision-lint: text in, findings out. No I/O and no editor types, so that the CLI and
 * the language server give the same answers by construction.
 */
import { RULES } from './rules';
import { ENGINE_RULES } from './engine/engine-rules';
import type { RuleMeta } from './engine/rule';
import { compileProfile, type Profile } from './profile/compile';
import { builtInProfile, PROFILE_DATA, PROFILE_IDS } from './profile/registry';
import { chooseProfile, type ProfileChoice } from './profile/select';
import { ConfigError, resolveConfig, type ResolvedConfig } from './config/resolve';
import type { ConfigFile } from './config/schema';
import { lintText, type LintResult } from './engine/lint';
import { applyFixes } from './engine/fixes';
import type { LintMessage } from './types';
import type { DecisionModel } from './model/model';
import { parseDecision } from './parse/parse';
import { attachCatalogue, extendedCatalogue } from './citations/catalogue';

export type { LintMessage, Fix, TextEdit, Span, Severity, Suggestion, RelatedLocation } from './types';
export type { LintResult } from './engine/lint';
export type { RuleMeta, Rule, AnyRule } from './engine/rule';
export type { ResolvedConfig, RuleConfig } from './config/resolve';
export type { ConfigFile } from './config/schema';
export type { DecisionModel, Section, Heading, Paragraph, ListItem, ParagraphReference, FrontMatter, Field } from './model/model';
export { builtInParagraphs, loadParagraphs, ParagraphLibraryError } from './paragraphs/library';
export type { StandardParagraph } from './paragraphs/library';
export { ConfigError, resolveConfig, validateConfigFile, DEFAULT_FILE_PATTERNS } from './config/resolve';
export { ConfigFileSchema } from './config/schema';
export { applyFixes } from './engine/fixes';
export { ruleDocPath } from './engine/docs';
export { parseDecision } from './parse/parse';
export { eolOf, lineAt } from './text/lines';
export { RULES } from './rules';
export { citationsOf, citationAt } from './citations/citations';
export type { Citation, Provision, Binding, ActMention, ProvisionGroup, Keyword } from './citations/citations';
export { catalogueOf, Catalogue } from './citations/catalogue';
export type { CatalogueAct, ProvisionTarget } from './citations/catalogue';
export type { Statute } from './citations/schema';
export * from './remedies';
export { nameOf, peopleOf, personalDataIn } from './people';
export type { AnonymisedEntity, Drift, PeopleRegister, Person, PersonMention, PersonRole, PersonTitle, PersonalData, PersonalDataKind, SharedLetter } from './people';
export type { CalendarDate } from './text/dates';
export type { Profile } from './profile/compile';
export type { ProfileChoice } from './profile/select';
export { PROFILE_IDS, DEFAULT_PROFILE_ID } from './profile/registry';

/** Every id a config or directive may name: the rules and the engine's own findings. */
export const ALL_RULE_METAS: readonly RuleMeta<unknown>[] = [...RULES.map((r) => r.meta), ...ENGINE_RULES];

const CONFIGURABLE = ALL_RULE_METAS.map((meta) => ({ meta }));

/** Config files, outermost first, merged over every rule's defaults. */
export function configFromLayers(layers: readonly { source: string; config: ConfigFile }[]): ResolvedConfig {
  // Which profile applies is known only per document, so an alias may name any profile's section.
  const sections = new Set(PROFILE_IDS.flatMap((id) => [...builtInProfile(id).sectionById.keys()]));
  for (const { source, config } of layers) {
    const unknown = Object.keys(config.headingAliases ?? {}).find((id) => !sections.has(id));
    if (unknown !== undefined) {
      throw new ConfigError(source, `headingAliases.${unknown}`, `unknown section id; expected one of ${[...sections].join(', ')}`);
    }
    if (config.profile !== undefined && config.profile !== 'auto' && !PROFILE_IDS.includes(config.profile)) {
      throw new ConfigError(source, 'profile', `unknown profile; expected "auto" or one of ${PROFILE_IDS.join(', ')}`);
    }
  }
  return resolveConfig(layers, CONFIGURABLE);
}

/** The configuration a document gets when no config file applies. */
export function builtInConfig(): ResolvedConfig {
  return configFromLayers([]);
}

const profiles = new Map<string, Profile>();

/** Which profile a document is linted under and why: the config's choice, or its title's reference. */
export function profileChoice(text: string, config: ResolvedConfig = builtInConfig()): ProfileChoice {
  return chooseProfile(text, config.profile, config.profileSource);
}

/** The full name of a shipped profile ("Housing Ombudsman"), for shells that show which applies. */
export function builtInProfileName(id: string): string {
  return builtInProfile(id).name;
}

/**
 * The document's profile, extended with the config's heading aliases and carrying its statute
 * catalogue (compiled once per profile, alias set and statutes).
 */
function profileFor(text: string, config: ResolvedConfig): Profile {
  const { id } = profileChoice(text, config);
  if (Object.keys(config.headingAliases).length === 0 && config.statutes.length === 0) return builtInProfile(id);
  const key = JSON.stringify([id, config.headingAliases, config.statutes]);
  let profile = profiles.get(key);
  if (profile === undefined) {
    profile = compileProfile(PROFILE_DATA[id], config.headingAliases);
    attachCatalogue(profile, extendedCatalogue(config.statutes));
    profiles.set(key, profile);
  }
  return profile;
}

/** The document model of a text as the rules see it under this configuration, for shells that read it directly. */
export function modelOf(text: string, config: ResolvedConfig = builtInConfig()): DecisionModel {
  return parseDecision(text, profileFor(text, config), { numbering: config.numbering });
}

export function lint(text: string, config: ResolvedConfig = builtInConfig()): LintResult {
  return lintText(text, { config, rules: RULES, profile: profileFor(text, config) });
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

export function fix(text: string, config: ResolvedConfig = builtInConfig()): FixResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  let result = lint(output, config);
  while (passes < MAX_FIX_PASSES) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes);
    passes++;
    if (next.applied === 0 || next.output === output) break;
    fixed += next.applied;
    output = next.output;
    result = lint(output, config);
  }
  return { output, messages: result.messages, fixed, passes };
}
