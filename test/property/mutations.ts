import fc from 'fast-check';
import { generateDraft } from '../../scripts/bench/generate-drafts';

/** The ways a draft gets damaged while it is typed, pasted or converted. */
export type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'mangle-number'; at: number; digits: string }
  | { kind: 'crlf' }
  | { kind: 'bom' }
  | { kind: 'long-line'; at: number; repeat: number };

const DANGEROUS = ['\n', '\r\n', '\r', '\t', '  ', '1.', '  12.', 'a)', '(iv)', '•', '- ', 'section 26(1)', 'The complaint', 'Final decison', 'Back to top', '<!-- decision-lint-disable-next-line numbering-gap -->', '<!-- decision-lint-', '-->', '\u2019', '\uFEFF', '\u{1F600}', '\uD800', '£1000', 'Summary:', 'Decision : ', '(', ')', 'paragraph 999'];

const fragment = fc.oneof(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('mangle-number' as const), at: fc.nat(), digits: fc.stringMatching(/^\d{1,4}$/) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'bom' as const }),
  fc.record({ kind: fc.constant('long-line' as const), at: fc.nat(), repeat: fc.integer({ min: 100, max: 3000 }) }),
);

export function applyMutation(text: string, m: Mutation): string {
  const pos = (at: number) => (text.length === 0 ? 0 : at % (text.length + 1));
  switch (m.kind) {
    case 'cut':
      return text.slice(0, pos(m.at));
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
    case 'insert':
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'mangle-number':
      return text.replace(/\d+(?=\. )/g, (n, offset: number) => (offset >= pos(m.at) && offset < pos(m.at) + 500 ? m.digits : n));
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'bom':
      return '\uFEFF' + text;
    case 'long-line':
      return text.slice(0, pos(m.at)) + 'section 26(1) of the Act ('.repeat(m.repeat) + text.slice(pos(m.at));
  }
}

/** A realistic draft, then up to six mutations of it. */
export const damagedDraft: fc.Arbitrary<string> = fc
  .record({
    seed: fc.integer({ min: 1, max: 10_000 }),
    paragraphs: fc.integer({ min: 4, max: 40 }),
    restart: fc.boolean(),
    mutations: fc.array(mutation, { maxLength: 6 }),
  })
  .map(({ seed, paragraphs, restart, mutations }) => mutations.reduce(applyMutation, generateDraft({ seed, paragraphs, restart })));
