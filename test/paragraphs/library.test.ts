import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/core';
import { builtInParagraphs, loadParagraphs, ParagraphLibraryError } from '../../server/src/core/paragraphs/library';
import { CONTINUOUS_DRAFT } from '../helpers/drafts';

const REPO = join(import.meta.dirname, '..', '..');
const paragraphs = builtInParagraphs();
const byId = (id: string) => paragraphs.find((p) => p.id === id)!;

/** house-style.md section 4: every standard role-and-powers citation, as the house prints it. */
const HOUSE_CITATIONS = [
  '(Local Government Act 1974, sections 26(1) and 26A(1), as amended)',
  '(Local Government Act 1974, section 34(3), as amended)',
  '(Local Government Act 1974, section 30(1B) and 34H(i), as amended)',
  '(Local Government Act 1974, sections 24A(6) and 34B(8), as amended)',
  '(Local Government Act 1974, section 24A(7), as amended)',
  '(Local Government Act 1974, sections 26B and 34D, as amended)',
  '(Local Government Act 1974, section 26(6)(a), as amended)',
  '(Local Government Act 1974, section 26(6)(b), as amended)',
  '(Local Government Act 1974, section 26(6)(c), as amended)',
  '(Local Government Act 1974, Schedule 5/5A, paragraph 1/3, as amended)',
  '(Local Government Act 1974, Schedule 5, paragraph 5(2), as amended)',
  '(Local Government Act 1974, section 25(7), as amended)',
  '(Local Government Act 1974, sections 34B, 34C and 34H(3 and 4), as amended)',
  '(Local Government Act 1974, section 26A(2), as amended)',
  '(Local Government Act 1974, sections 26D and 34E, as amended)',
];

describe('the paragraph library', () => {
  it('carries every standard citation of the house, each at the end of its paragraph', () => {
    const cited = paragraphs.filter((p) => p.kind === 'standard' && p.citation !== undefined);
    assert.deepEqual(new Set(cited.map((p) => p.citation)), new Set(HOUSE_CITATIONS));
    for (const p of cited) assert.ok(p.snippet.endsWith(` ${p.citation}`), p.id);
  });

  it('gives role-and-powers paragraphs that the citation rules accept where they belong', () => {
    for (const p of paragraphs.filter((e) => e.kind === 'standard' && e.section === 'role-and-powers')) {
      const text = CONTINUOUS_DRAFT.replace('\nHow I considered this complaint\n', `\n99. ${p.text}\n\nHow I considered this complaint\n`);
      assert.notEqual(text, CONTINUOUS_DRAFT, 'the paragraph went in');
      const citing = lint(text).messages.filter((m) => m.ruleId.startsWith('citation-'));
      assert.deepEqual(citing.map((m) => `${m.ruleId}: ${m.message}`), [], p.id);
    }
  });

  it('offers a whole-statement skeleton for each outcome', () => {
    const skeletons = paragraphs.filter((p) => p.kind === 'skeleton').map((p) => p.text.match(/^Decision : (.*)$/m)?.[1]);
    assert.deepEqual(skeletons.sort(), ['Closed after initial enquiries', 'Not upheld', 'Upheld', 'Upheld']);
  });

  it('gives skeletons whose sections and numbering the linter accepts as they are', () => {
    for (const p of paragraphs.filter((e) => e.kind === 'skeleton')) {
      const structural = lint(p.text).messages.filter((m) => /^(?:section|numbering)-/.test(m.ruleId));
      assert.deepEqual(structural.map((m) => `${m.ruleId}: ${m.message}`), [], p.id);
    }
  });

  it('expands an included entry with its citation and gives its tabstops numbers of their own', () => {
    const skeleton = byId('statement-upheld-agreed-action').snippet;
    assert.ok(skeleton.includes(`2. ${byId('powers-fault-injustice').snippet}\n`));
    const tabstops = [...skeleton.matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
    assert.deepEqual(tabstops, tabstops.map((_, i) => i + 1));
    assert.ok(skeleton.endsWith('\n$0'), 'only the skeleton keeps a final cursor');
  });

  it('names the complainant of a whole statement with one choice of title, mirrored wherever the statement names them again', () => {
    for (const p of paragraphs.filter((e) => e.kind === 'skeleton')) {
      const choices = [...p.snippet.matchAll(/\$\{(\d+)\|Mr X,Mrs X,Ms X,Miss X\|\}/g)];
      assert.equal(choices.length, 1, p.id);
      assert.doesNotMatch(p.snippet, /\$\{\d+:Mr X\}/, p.id);
      const mirrors = [...p.snippet.matchAll(/\$(\d+)(?!\d)/g)].map((m) => m[1]).filter((n) => n !== '0');
      assert.ok(mirrors.length > 0 && mirrors.every((n) => n === choices[0]![1]), p.id);
      assert.equal(p.text.match(/Mr X/g)?.length, mirrors.length + 1, `${p.id}: the plain text names the complainant alike throughout`);
    }
  });

  it('gives remedy items a choice of house deadlines', () => {
    for (const p of paragraphs.filter((e) => e.kind === 'remedy')) {
      assert.match(p.snippet, /\$\{1\|Within one month,Within two months,Within three months\|\} of the final decision/, p.id);
    }
  });

  it('reads placeholders as their defaults for editors without snippets', () => {
    assert.equal(
      byId('remedy-symbolic-payment').text,
      'Within one month of the final decision, the Council will pay Mr X £300 to acknowledge the distress the fault caused.',
    );
  });
});

describe("an office's own library", () => {
  const office = (paragraphsJson: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ name: 'Office', ...extra, paragraphs: paragraphsJson });
  const entry = { id: 'powers-fault-injustice', kind: 'standard', theme: 'Ours', label: 'Our fault paragraph', prefix: 'ours', description: 'Ours.', body: ['Our words.'], citation: '(Our Act 2020, section 1)' };

  it('replaces the built-in library', () => {
    const loaded = loadParagraphs(office([entry]), 'office.json');
    assert.deepEqual(loaded.map((p) => p.snippet), ['Our words. (Our Act 2020, section 1)']);
  });

  it('with "inherit" replaces only the entries it names, and skeletons include its wording', () => {
    const loaded = loadParagraphs(office([entry], { inherit: true }), 'office.json');
    assert.equal(loaded.length, paragraphs.length);
    assert.ok(loaded.find((p) => p.id === 'statement-not-upheld')!.text.includes('2. Our words. (Our Act 2020, section 1)\n'));
  });

  const rejects = (text: string, key: string, expected: RegExp) =>
    assert.throws(() => loadParagraphs(text, 'office.json'), (e: unknown) => e instanceof ParagraphLibraryError && e.source === 'office.json' && e.key === key && expected.test(e.expected));

  it('is refused, naming the file, key and problem, when it cannot be used', () => {
    rejects('{', '', /not valid JSON/);
    rejects(office([{ ...entry, kind: 'poem' }]), 'paragraphs.0.kind', /.+/);
    rejects(office([{ ...entry, body: ['Pay ${amount}.'] }]), 'paragraphs.0.body', /literal dollar/);
    rejects(office([entry, { ...entry, prefix: 'other', label: 'Other' }]), 'powers-fault-injustice', /two entries/);
    rejects(office([{ ...entry, body: ['{{missing}}'] }]), 'powers-fault-injustice.body', /not in the library/);
  });
});

describe('the VS Code snippets file', () => {
  it('is what the generator writes from the library now (run "npm run generate" when this fails)', () => {
    const check = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', 'generate-snippets.ts'), '--check'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  it('has one snippet per library entry, with its prefix and its text', () => {
    const snippets = JSON.parse(readFileSync(join(REPO, 'snippets', 'decision.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    assert.deepEqual(
      Object.values(snippets).map((s) => [s.prefix, s.body.join('\n')]),
      paragraphs.map((p) => [p.prefix, p.snippet]),
    );
  });
});
