import { fix, lint, type LintMessage, type ResolvedConfig, type RuleTimings } from '../core';

/** What fixing the CLI was asked for; the rest of its options do not change how a text is checked. */
export interface Fixing {
  fix: boolean;
  fixDryRun: boolean;
}

export interface Checked {
  messages: LintMessage[];
  /** The fixed text, when fixing was asked for and changes the text. */
  output?: string;
}

/** Lints one draft, or works out its fixes: the same in the main thread and in a lint worker. */
export function checkText(text: string, fixing: Fixing, config: ResolvedConfig, timings?: RuleTimings): Checked {
  if (!fixing.fix && !fixing.fixDryRun) return { messages: lint(text, config, { timings }).messages };
  const fixed = fix(text, config, { timings });
  return fixed.output === text ? { messages: fixed.messages } : { messages: fixed.messages, output: fixed.output };
}
