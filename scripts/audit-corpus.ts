/**
 * The rule audit on published decisions (issue 7): lints every decision in a corpus folder and prints,
 * for each rule with findings, how many per decision and per 10,000 words, so that a rule change shows
 * its false-positive cost before release. Published text should draw no error or warning but the real
 * slips listed, each with its reason, in the expectations file; anything else fails, and so does a
 * listed slip no longer found (a rule gone blind).
 *
 *   node --import tsx scripts/audit-corpus.ts [corpus-folder]
 *
 * The folder defaults to ../shared/decisions (DECISION_LINT_CORPUS overrides it, an argument overrides
 * both); DECISION_LINT_EXPECTATIONS names another expectations file. The decisions are read in place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, type LintMessage } from '../server/src/core/index';

const ROOT = join(import.meta.dirname, '..');

interface Expected {
  file: string;
  line: number;
  ruleId: string;
  why: string;
}

interface Tally {
  severity: string;
  findings: number;
  decisions: Set<string>;
}

const corpus = resolve(process.argv[2] ?? process.env.DECISION_LINT_CORPUS ?? join(ROOT, '../shared/decisions'));
const expectationsPath = resolve(process.env.DECISION_LINT_EXPECTATIONS ?? join(ROOT, 'test/corpus/known-slips.json'));

if (!existsSync(corpus)) {
  console.error(`audit:corpus: no corpus folder at ${corpus}`);
  process.exit(2);
}
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) {
  console.error(`audit:corpus: no decisions (*.txt) in ${corpus}`);
  process.exit(2);
}
const expected = JSON.parse(readFileSync(expectationsPath, 'utf8')) as Expected[];

const tallies = new Map<string, Tally>();
const serious: { file: string; message: LintMessage }[] = [];
let words = 0;
for (const file of files) {
  const text = readFileSync(join(corpus, file), 'utf8');
  words += text.split(/\s+/).filter(Boolean).length;
  for (const message of lint(text).messages) {
    const tally = tallies.get(message.ruleId) ?? { severity: message.severity, findings: 0, decisions: new Set<string>() };
    tally.findings++;
    tally.decisions.add(file);
    tallies.set(message.ruleId, tally);
    if (message.severity === 'error' || message.severity === 'warning') serious.push({ file, message });
  }
}

const keyOf = (file: string, line: number, ruleId: string): string => `${file}:${line} ${ruleId}`;
const found = new Set(serious.map(({ file, message }) => keyOf(file, message.line, message.ruleId)));
const listed = new Set(expected.map((e) => keyOf(e.file, e.line, e.ruleId)));
const unexpected = serious.filter(({ file, message }) => !listed.has(keyOf(file, message.line, message.ruleId)));
// Only slips in decisions of this corpus can be missed; a smaller corpus is not a rule gone blind.
const missing = expected.filter((e) => files.includes(e.file) && !found.has(keyOf(e.file, e.line, e.ruleId)));

const per = (n: number, d: number): string => (n / d).toFixed(2);
const rows = [...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([id, t]) => [id, t.severity, String(t.findings), String(t.decisions.size), per(t.findings, files.length), per(t.findings * 10_000, words)]);
const total = [...tallies.values()].reduce((n, t) => n + t.findings, 0);
rows.push(['total', '', String(total), '', per(total, files.length), per(total * 10_000, words)]);
const header = ['rule', 'severity', 'findings', 'decisions', 'per decision', 'per 10k words'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();

console.log(`${files.length} decision${files.length === 1 ? '' : 's'}, ${words} words, in ${corpus}\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
console.log(`\n${serious.length - unexpected.length} error/warning findings, each an expected slip listed in ${expectationsPath}.`);

for (const { file, message } of unexpected) console.log(`unexpected: ${file}:${message.line}:${message.column} ${message.severity} ${message.ruleId} ${message.message}`);
for (const e of missing) console.log(`missing: ${e.file}:${e.line} ${e.ruleId} is listed as a known slip but no longer found (${e.why})`);
process.exitCode = unexpected.length > 0 || missing.length > 0 ? 1 : 0;
