import type * as z from 'zod';
import type { DecisionModel } from '../model/model';
import type { Report, Severity, Span } from '../types';

export interface RuleMeta<Options = Record<string, never>> {
  /** Stable, kebab-case, with its family as prefix (`section-`, `numbering-`, ...). */
  id: string;
  /** One sentence: what the rule finds. */
  description: string;
  defaultSeverity: Severity;
  /** Whether the rule offers fixes that `--fix` may apply unattended. */
  fixable: boolean;
  /** Whether the rule offers suggestions that a person applies in the editor. */
  hasSuggestions?: boolean;
  /** The schema that validates and completes the options object written in a config file, built on first use (see lazy-schema.ts). */
  options?: () => z.ZodType<Options>;
  /** What the rule runs with when no config gives it options: what `options` makes of `{}` (a test holds the two equal). */
  defaultOptions?: Options;
}

export interface RuleContext<Options> {
  model: DecisionModel;
  options: Options;
  report(report: Report): void;
  /** The text of a span of the document. */
  slice(span: Span): string;
}

export interface Rule<Options = Record<string, never>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

/** Keeps a rule's options type tied to its schema without writing it twice. */
export function defineRule<Options = Record<string, never>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Rules of any option type, as the registry holds them. */
export type AnyRule = Rule<unknown>;
