import type { RuleMeta } from './rule';

/**
 * Findings the engine itself reports. They are listed, documented and configured like rules, but no
 * rule module produces them.
 */
export const INTERNAL_ERROR: RuleMeta = {
  id: 'internal-error',
  description: 'A rule failed while checking this document; the other rules still ran.',
  defaultSeverity: 'error',
  fixable: false,
};

export const DIRECTIVE_UNUSED: RuleMeta = {
  id: 'directive-unused',
  description: 'An inline directive disables a rule that reports nothing where the directive applies.',
  defaultSeverity: 'warning',
  fixable: true,
};

export const DIRECTIVE_INVALID: RuleMeta = {
  id: 'directive-invalid',
  description: 'An inline directive that cannot be read, or that names a rule that does not exist.',
  defaultSeverity: 'error',
  fixable: false,
};

export const ENGINE_RULES: readonly RuleMeta[] = [INTERNAL_ERROR, DIRECTIVE_UNUSED, DIRECTIVE_INVALID];
