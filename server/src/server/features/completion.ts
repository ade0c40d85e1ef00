import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver/node';
import { houseDeadlinePhrases, lineAt, straightenQuotes, type DecisionModel } from '../../core';
import { rangeOf } from '../convert/ranges';
import type { StandardParagraph } from '../paragraph-library';
import { statuteCompletions } from './statute-completion';
import { sectionAt } from './structure';

/** Completions for the text before the cursor on its line; each replaces what has been typed. */
export function completions(model: DecisionModel, offset: number, library: readonly StandardParagraph[], snippets: boolean): CompletionItem[] {
  const line = lineAt(model.lines, model.index, offset);
  const before = model.text.slice(line.start, offset);
  const marker = /^\s*\d+[.)]\s+/.exec(before);
  const items: CompletionItem[] = [];
  const fromLineStart = rangeOf(model, { start: line.start, end: offset });
  if (marker) items.push(...libraryEntries(model, offset, rangeOf(model, { start: line.start + marker[0].length, end: offset }), library, snippets, false));
  else if (/^[\p{L}'\u2019 ]*$/u.test(before)) items.push(...headings(model, before.trim(), fromLineStart));
  if (model.text.trim() === before.trim()) items.push(...libraryEntries(model, offset, fromLineStart, library, snippets, true));
  if (sectionAt(model, offset)?.id === 'agreed-action') items.push(...deadlines(model, before, offset));
  items.push(...statuteCompletions(model, before, offset));
  return items;
}

/**
 * House headings in house order, those the draft still lacks first. Only those that begin with what is
 * typed: any line of prose starts with letters, and a heading list there would be noise.
 */
function headings(model: DecisionModel, typed: string, range: Range): CompletionItem[] {
  const present = new Set(model.headings.flatMap((h) => (h.match ? [h.match.sectionId] : [])));
  const sections = model.profile.data.sections.map((spec, i) => {
    const has = present.has(spec.id);
    return { label: spec.heading, detail: has ? 'House heading (already in this draft)' : 'House heading', sortText: `${has ? 1 : 0}${String(i).padStart(3, '0')}` };
  });
  // Some offices (the SPSO) print no sign-off line.
  const signoff = model.profile.data.signoff.slice(0, 1).map((label) => ({ label, detail: 'Sign-off line', sortText: '2000' }));
  // Matched with the apostrophes straightened, and offered with the one typed: "The Ombudsman’s" is
  // how the house's published statements write it.
  const key = straightenQuotes(typed).toLowerCase();
  const curly = typed.includes('\u2019');
  return [...sections, ...signoff]
    .filter((item) => straightenQuotes(item.label).toLowerCase().startsWith(key))
    .map((item) => {
      const label = curly ? item.label.replaceAll("'", '\u2019') : item.label;
      return { ...item, label, kind: CompletionItemKind.Module, textEdit: { range, newText: label } };
    });
}

/**
 * The paragraph library by theme after a paragraph number, those meant for the section the cursor is in
 * first; on the only line of an empty document, the whole-statement skeletons too.
 */
function libraryEntries(model: DecisionModel, offset: number, range: Range, library: readonly StandardParagraph[], snippets: boolean, wholeStatements: boolean): CompletionItem[] {
  const here = sectionAt(model, offset)?.id;
  return library
    .filter((p) => (p.kind === 'skeleton') === wholeStatements)
    .map((p, i) => ({
      label: p.label,
      kind: CompletionItemKind.Snippet,
      detail: p.citation === undefined ? p.theme : `${p.theme} · ${p.citation}`,
      documentation: { kind: MarkupKind.PlainText, value: `${p.description}\n\n${p.text}` },
      sortText: `${p.section !== undefined && p.section === here ? 0 : 1}${String(i).padStart(3, '0')}`,
      filterText: `${p.prefix} ${p.text}`,
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: snippets ? p.snippet : p.text },
    }));
}

/** Inside Agreed action, from "w" or any part of "within ..." typed so far. */
function deadlines(model: DecisionModel, before: string, offset: number): CompletionItem[] {
  const typed = deadlineTyped(before);
  const word = typed.toLowerCase();
  if (!'within'.startsWith(word) && !word.startsWith('within')) return [];
  const range = rangeOf(model, { start: offset - typed.length, end: offset });
  // "Within one month of the final decision, the Council has agreed to:" opens a paragraph with a capital.
  const capital = typed.startsWith('W');
  return houseDeadlinePhrases(model.profile).map((house, i) => {
    const phrase = capital ? house.charAt(0).toUpperCase() + house.slice(1) : house;
    return { label: phrase, kind: CompletionItemKind.Text, detail: 'House deadline', sortText: `3${i}`, textEdit: { range, newText: phrase } };
  });
}

/** The phrase from its last "within" when no punctuation came since, else the word being typed. */
function deadlineTyped(before: string): string {
  const within = before.toLowerCase().lastIndexOf('within');
  const tail = within < 0 ? undefined : before.slice(within);
  if (tail !== undefined && (within === 0 || !/\w/.test(before[within - 1]!)) && !/[.;:,]/.test(tail)) return tail;
  let start = before.length;
  while (start > 0 && /\w/.test(before[start - 1]!)) start--;
  return before.slice(start);
}
