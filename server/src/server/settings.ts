import { ALL_RULE_METAS, type ResolvedConfig } from '../core';

const RUNS = ['onType', 'onSave'] as const;
const NUMBERINGS = ['auto', 'continuous', 'restart'] as const;
const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;

/** The editor's `decisionLint.*` settings. They adjust the config file's result; they never replace it. */
export interface EditorSettings {
  enable: boolean;
  run: (typeof RUNS)[number];
  /** Absent: the config file decides. */
  numbering?: (typeof NUMBERINGS)[number];
  /** Severity per rule id, over what the config file says. */
  rules: Record<string, (typeof SEVERITIES)[number]>;
  /** An office's paragraph library file; absent: the built-in one. */
  paragraphLibrary?: string;
}

export const DEFAULT_SETTINGS: EditorSettings = { enable: true, run: 'onType', rules: {} };

const KNOWN_RULES = new Set(ALL_RULE_METAS.map((m) => m.id));

/**
 * Reads whatever the client sent. A setting of the wrong type is ignored with a warning rather than
 * failing the document: a typo in settings.json must not stop the linting.
 */
export function readSettings(raw: unknown, warn: (message: string) => void): EditorSettings {
  const given = isRecord(raw) ? raw : {};
  const settings: EditorSettings = { ...DEFAULT_SETTINGS, rules: {} };
  const pick = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = given[key];
    if (value === undefined || value === null) return undefined;
    if (allowed.includes(value as T)) return value as T;
    warn(`decisionLint.${key}: expected one of ${allowed.join(', ')}; got ${JSON.stringify(value)}, so it is ignored.`);
    return undefined;
  };
  if (typeof given.enable === 'boolean') settings.enable = given.enable;
  settings.run = pick('run', RUNS) ?? settings.run;
  const numbering = pick('numbering', NUMBERINGS);
  if (numbering !== undefined) settings.numbering = numbering;
  if (typeof given.paragraphLibrary === 'string' && given.paragraphLibrary.trim() !== '') settings.paragraphLibrary = given.paragraphLibrary.trim();
  for (const [id, severity] of Object.entries(isRecord(given.rules) ? given.rules : {})) {
    if (!KNOWN_RULES.has(id)) warn(`decisionLint.rules: there is no rule "${id}", so its setting is ignored.`);
    else if (!SEVERITIES.includes(severity as never)) warn(`decisionLint.rules.${id}: expected one of ${SEVERITIES.join(', ')}.`);
    else settings.rules[id] = severity as EditorSettings['rules'][string];
  }
  return settings;
}

export function applySettings(config: ResolvedConfig, settings: EditorSettings): ResolvedConfig {
  if (settings.numbering === undefined && Object.keys(settings.rules).length === 0) return config;
  const rules = new Map([...config.rules].map(([id, rule]) => [id, { ...rule }]));
  for (const [id, severity] of Object.entries(settings.rules)) rules.get(id)!.severity = severity;
  return { ...config, rules, numbering: settings.numbering ?? config.numbering };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
