import type * as z from 'zod';
import type { AnyRule, RuleMeta } from '../engine/rule';
import type { NumberingMode } from '../model/model';
import { configFileSchema, type ConfigFile, type SeveritySetting } from './schema';
import type { Statute } from '../citations/schema';
import type { ProfileFile } from '../profile/file';
import { CHECK_ONCE } from '../check-once';

export const DEFAULT_FILE_PATTERNS = ['**/*.decision.txt', '**/*.decision'];

export interface RuleConfig {
  severity: SeveritySetting;
  options: unknown;
}

/** Configuration after cascading and validation: what one document is linted with. */
export interface ResolvedConfig {
  numbering: NumberingMode | 'auto';
  /** "auto" or a profile id, and the config file that set it (undefined when it is the default). */
  profile: string;
  profileSource: string | undefined;
  /** The profile files the config files name, nearest file's first. */
  profiles: ProfileFile[];
  rules: Map<string, RuleConfig>;
  headingAliases: Record<string, string[]>;
  /** Acts the config adds to the statute catalogue, outermost file first. */
  statutes: Statute[];
  files: string[];
  ignores: string[];
}

/** A configuration problem, named by the file, the key and what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly key: string,
    readonly expected: string,
    /** A file the config names that could not be read: when it appears, the config may load. */
    readonly missing?: string,
  ) {
    super(`${source}: ${key === '' ? '' : `"${key}": `}${expected}`);
    this.name = 'ConfigError';
  }
}

/** One config file, with the profile files it names already read and checked by the node loader (the core reads no file). */
export interface ConfigLayer {
  source: string;
  config: ConfigFile;
  profiles?: readonly ProfileFile[];
}

/** Checks one parsed config file's shape; `source` names it in any error. */
export function validateConfigFile(raw: unknown, source: string): ConfigFile {
  const parsed = configFileSchema().safeParse(raw, CHECK_ONCE);
  if (parsed.success) return parsed.data;
  throw configErrorOf(parsed.error, source);
}

/** The first problem zod found in a file, named by the file and the path of its key. */
export function configErrorOf(error: z.ZodError, source: string): ConfigError {
  const issue = error.issues[0]!;
  // An unknown key is reported against the object holding it; name the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  return new ConfigError(source, path.join('.'), issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message);
}

/**
 * Merges config files, outermost first, over the rules' defaults. A nearer file wins key by key; a rule
 * given only a severity keeps the options an outer file set for it.
 */
export function resolveConfig(layers: readonly ConfigLayer[], rules: readonly (AnyRule | { meta: RuleMeta<unknown> })[]): ResolvedConfig {
  const metas = new Map(rules.map((r) => [r.meta.id, r.meta]));
  const resolved: ResolvedConfig = { numbering: 'auto', profile: 'auto', profileSource: undefined, profiles: [], rules: new Map(), headingAliases: {}, statutes: [], files: DEFAULT_FILE_PATTERNS, ignores: [] };
  const rawOptions = new Map<string, { source: string; options: Record<string, unknown> }>();
  for (const meta of metas.values()) resolved.rules.set(meta.id, { severity: meta.defaultSeverity, options: undefined });
  for (const layer of layers) {
    const { source, config } = layer;
    if (config.numbering !== undefined) resolved.numbering = config.numbering;
    if (config.profile !== undefined) [resolved.profile, resolved.profileSource] = [config.profile, source];
    if (layer.profiles !== undefined) resolved.profiles = [...layer.profiles, ...resolved.profiles];
    if (config.files !== undefined) resolved.files = config.files;
    if (config.ignores !== undefined) resolved.ignores = [...resolved.ignores, ...config.ignores];
    if (config.statutes !== undefined) resolved.statutes = [...resolved.statutes, ...config.statutes];
    for (const [sectionId, aliases] of Object.entries(config.headingAliases ?? {})) {
      resolved.headingAliases[sectionId] = [...(resolved.headingAliases[sectionId] ?? []), ...aliases];
    }
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      if (!metas.has(id)) throw new ConfigError(source, `rules.${id}`, `unknown rule; run --list-rules to see the rules that exist`);
      const [severity, options] = typeof setting === 'string' ? [setting, undefined] : setting;
      resolved.rules.get(id)!.severity = severity;
      if (options !== undefined) rawOptions.set(id, { source, options });
    }
  }
  for (const [id, meta] of metas) {
    resolved.rules.get(id)!.options = parseOptions(meta, rawOptions.get(id));
  }
  return resolved;
}

function parseOptions(meta: RuleMeta<unknown>, given: { source: string; options: Record<string, unknown> } | undefined): unknown {
  // A rule's defaults are written out beside its schema, so that a config that sets no options builds no schema.
  if (given === undefined) return meta.defaultOptions ?? {};
  const schema = meta.options?.() as z.ZodType | undefined;
  if (schema === undefined) {
    if (Object.keys(given.options).length > 0) throw new ConfigError(given.source, `rules.${meta.id}`, 'this rule takes no options');
    return {};
  }
  const parsed = schema.safeParse(given.options, CHECK_ONCE);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ConfigError(given.source, ['rules', meta.id, '1', ...issue.path.map(String)].join('.'), issue.message);
}
