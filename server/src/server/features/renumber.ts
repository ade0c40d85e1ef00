import { fix, type DecisionModel, type ResolvedConfig } from '../../core';

/**
 * The statement with its paragraphs, lists and cross-references renumbered: the core's own fixes of the
 * numbering family, in passes, with every other rule off so that nothing else changes. The numbering
 * rules run even where the config switched one off, because renumbering was asked for by name.
 */
export function renumbered(model: DecisionModel, config: ResolvedConfig): string {
  const rules = new Map(
    [...config.rules].map(([id, rule]) => {
      if (!id.startsWith('numbering-')) return [id, { ...rule, severity: 'off' as const }];
      return [id, rule.severity === 'off' ? { ...rule, severity: 'warning' as const } : rule];
    }),
  );
  return fix(model.text, { ...config, rules }).output;
}
