/**
 * One name, four places: every id in the registry has a page in docs/rules and a row in the README's
 * rules table, every rule module has a table of tests in test/rules, and all of them agree with the
 * rule's metadata.
 *
 * A doc page is read by this convention:
 *   # <rule-id>
 *   <the description, exactly as in meta>
 *   - Default severity: `<severity>`
 *   - Fixable: yes | no
 *   ## Incorrect ... ## Correct ...   each with one or more ```text blocks of decision text
 * Each example is linted with only its rule switched on (plus any rule a directive in it names, so
 * that the directive has something to disable); an Incorrect example must draw at least one finding of
 * the rule and a Correct one none. A block fenced as ```text not-runnable is exempt: the engine's own
 * findings, such as internal-error, cannot be produced by any draft.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULE_METAS, RULES, lint, ruleDocPath, type RuleMeta } from '../../server/src/core/index';
import { onlyRule } from '../helpers/rule-tester';

const ROOT = join(import.meta.dirname, '../..');
const RULE_DOCS = join(ROOT, 'docs/rules');

/** The family prefixes of contracts.md; `web-clutter` and `internal-error` are families of one. */
const FAMILIES = ['section-', 'numbering-', 'front-matter-', 'web-clutter', 'citation-', 'remedy-', 'pseudonym-', 'personal-data-', 'consistency-', 'directive-', 'internal-error'];
const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

function inFamily(id: string): boolean {
  return FAMILIES.some((f) => (f.endsWith('-') ? id.startsWith(f) && id.length > f.length : id === f || id.startsWith(`${f}-`)));
}

interface Example {
  text: string;
  runnable: boolean;
}

interface RuleDoc {
  title: string;
  description: string;
  severity?: string;
  fixable?: string;
  incorrect: Example[];
  correct: Example[];
}

/** The text under a `## <name>` heading, up to the next `## ` heading. */
function sectionOf(markdown: string, name: string): string {
  const parts = markdown.split(/^## /m);
  const part = parts.find((p) => p.split('\n', 1)[0]!.trim() === name);
  return part === undefined ? '' : part.slice(part.indexOf('\n') + 1);
}

function examplesIn(section: string): Example[] {
  return [...section.matchAll(/^```text([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    text: m[2]!,
    runnable: !m[1]!.split(/\s+/).includes('not-runnable'),
  }));
}

function readDoc(id: string): RuleDoc | undefined {
  const path = join(ROOT, ruleDocPath(id));
  if (!existsSync(path)) return undefined;
  const markdown = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const [titleLine = '', ...rest] = markdown.split('\n');
  const description = rest.join('\n').trim().split(/\n\s*\n/, 1)[0]!.replace(/\s*\n\s*/g, ' ');
  return {
    title: titleLine,
    description,
    severity: /^- Default severity: `([a-z]+)`$/m.exec(markdown)?.[1],
    fixable: /^- Fixable: (yes|no)$/m.exec(markdown)?.[1],
    incorrect: examplesIn(sectionOf(markdown, 'Incorrect')),
    correct: examplesIn(sectionOf(markdown, 'Correct')),
  };
}

/** The rules the example's directives name, so that the directive has findings it could disable. */
function rulesNamedInDirectives(text: string): string[] {
  const named = [...text.matchAll(/<!--\s*decision-lint-[a-z-]+([^>]*?)(?:\s--\s.*?)?-->/g)].flatMap((m) => m[1]!.trim().split(/[\s,]+/));
  return named.filter((id) => ALL_RULE_METAS.some((meta) => meta.id === id));
}

function findingsOf(meta: RuleMeta<unknown>, text: string): string[] {
  return lint(text, onlyRule(meta.id, { name: meta.id, text, alsoOn: rulesNamedInDirectives(text) }))
    .messages.filter((m) => m.ruleId === meta.id)
    .map((m) => `${m.line}:${m.column} ${m.message}`);
}

test('every rule id is kebab-case and starts with a known family prefix', () => {
  const strays = ALL_RULE_METAS.map((m) => m.id).filter((id) => !KEBAB.test(id) || !inFamily(id));
  assert.deepEqual(strays, []);
});

test('no two rules share an id', () => {
  const ids = ALL_RULE_METAS.map((m) => m.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
});

for (const meta of ALL_RULE_METAS) {
  const docPath = ruleDocPath(meta.id);

  test(`${meta.id} has a documentation page at ${docPath}`, () => {
    assert.ok(existsSync(join(ROOT, docPath)), `${docPath} is missing`);
  });

  test(`${docPath} states the rule's description, default severity and fixability as its metadata does`, () => {
    const doc = readDoc(meta.id);
    assert.ok(doc, `${docPath} is missing`);
    assert.deepEqual(
      { title: doc.title, description: doc.description, severity: doc.severity, fixable: doc.fixable },
      { title: `# ${meta.id}`, description: meta.description, severity: meta.defaultSeverity, fixable: meta.fixable ? 'yes' : 'no' },
    );
  });

  test(`${docPath} has Incorrect and Correct examples that behave as labelled`, () => {
    const doc = readDoc(meta.id);
    assert.ok(doc, `${docPath} is missing`);
    assert.ok(doc.incorrect.length > 0, 'no ```text example under "## Incorrect"');
    assert.ok(doc.correct.length > 0, 'no ```text example under "## Correct"');
    doc.incorrect.filter((e) => e.runnable).forEach((example, i) => {
      assert.notDeepEqual(findingsOf(meta, example.text), [], `Incorrect example ${i + 1} draws no ${meta.id} finding:\n${example.text}`);
    });
    doc.correct.filter((e) => e.runnable).forEach((example, i) => {
      assert.deepEqual(findingsOf(meta, example.text), [], `Correct example ${i + 1} draws ${meta.id} findings:\n${example.text}`);
    });
  });
}

// The engine's own findings (internal-error, directive-*) have no rule module; the engine's tests cover them.
for (const rule of RULES) {
  const testPath = `test/rules/${rule.meta.id}.test.ts`;
  test(`${rule.meta.id} has a table of tests at ${testPath}`, () => {
    assert.ok(existsSync(join(ROOT, testPath)), `${testPath} is missing`);
  });
}

test('every page in docs/rules documents a rule that exists', () => {
  const pages = readdirSync(RULE_DOCS).filter((f) => f.endsWith('.md'));
  const documented = new Set(ALL_RULE_METAS.map((m) => `${m.id}.md`));
  assert.deepEqual(pages.filter((p) => !documented.has(p)), []);
});

/** Splits a Markdown table row into its cells, leaving escaped pipes inside a cell. */
function cells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
}

test("the README's rules table lists every rule with its metadata, in registry order", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\r\n/g, '\n');
  const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme);
  assert.ok(table, 'README.md has no <!-- rules:start --> ... <!-- rules:end --> block');
  const rows = table[1]!.split('\n').filter((l) => l.trim().startsWith('|')).map(cells);
  const expected = [
    ['Rule', 'Severity', 'Fixable', 'Description'],
    ['---', '---', '---', '---'],
    ...ALL_RULE_METAS.map((m) => [`[${m.id}](${ruleDocPath(m.id)})`, m.defaultSeverity, m.fixable ? 'yes' : 'no', m.description.replace(/\|/g, '\\|')]),
  ];
  const asMarkdown = expected.map((r) => `| ${r.join(' | ')} |`).join('\n');
  assert.deepEqual(rows.map((r) => (r.every((c) => /^:?-+:?$/.test(c)) ? r.map(() => '---') : r)), expected, `the table should read:\n${asMarkdown}`);
});
