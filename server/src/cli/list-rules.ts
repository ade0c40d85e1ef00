import { ALL_RULE_METAS } from '../core';
import { ruleDocUrl } from '../node/package-info';

/** The rules as JSON, for tools. */
export function listRulesJson(): string {
  const rules = ALL_RULE_METAS.map((m) => ({ id: m.id, defaultSeverity: m.defaultSeverity, fixable: m.fixable, description: m.description, docs: ruleDocUrl(m.id) }));
  return `${JSON.stringify(rules, null, 2)}\n`;
}

/** The rules as a table, for people. */
export function listRulesTable(): string {
  const rows = [['Rule', 'Default', 'Fixable', 'Description'], ...ALL_RULE_METAS.map((m) => [m.id, m.defaultSeverity, m.fixable ? 'yes' : 'no', m.description])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')).join('\n') + '\n';
}
