/**
 * Rewrites the rules table in README.md (between its rules:start and rules:end markers) from the
 * registry, so that adding a rule never means editing the table by hand. The meta test checks it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULE_METAS, ruleDocPath } from '../server/src/core/index';

const README = join(import.meta.dirname, '../README.md');
const rows = [
  '| Rule | Severity | Fixable | Description |',
  '|---|---|---|---|',
  ...ALL_RULE_METAS.map((m) => `| [${m.id}](${ruleDocPath(m.id)}) | ${m.defaultSeverity} | ${m.fixable ? 'yes' : 'no'} | ${m.description.replace(/\|/g, '\\|')} |`),
];
const text = readFileSync(README, 'utf8');
const next = text.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${rows.join('\n')}\n$2`);
if (next === text) console.log('README rules table is up to date.');
else {
  writeFileSync(README, next);
  console.log('README rules table rewritten.');
}
