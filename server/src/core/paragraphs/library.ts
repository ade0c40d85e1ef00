/**
 * The paragraph library: the house's standard paragraphs, statement skeletons and remedy items, kept
 * as data (library.json) so that an office can replace them. The VS Code snippets, the language
 * server's completion and the editor's insert command all read the entries from here.
 */
import { BUILT_IN_PARAGRAPHS } from '../built-ins';
import { paragraphLibrarySchema, type Paragraph, type ParagraphKind, type ParagraphLibrary } from './schema';
import { mirrorComplainant, renumberTabstops, snippetProblem, snippetToText } from './snippet-syntax';
import { CHECK_ONCE } from '../check-once';

export type { ParagraphKind, ParagraphLibrary } from './schema';
export { PARAGRAPH_KINDS, paragraphLibrarySchema } from './schema';

/** One library entry, ready to insert. */
export interface StandardParagraph {
  id: string;
  kind: ParagraphKind;
  theme: string;
  label: string;
  prefix: string;
  /** The house section id (as in the profile) where the entry belongs, if it belongs in one. */
  section?: string;
  description: string;
  citation?: string;
  /** Snippet syntax with includes expanded and the citation appended; lines joined by "\n". */
  snippet: string;
  /** The snippet with every placeholder at its default, for editors that cannot take snippets. */
  text: string;
}

/** A library that cannot be used, named by its source, the key at fault and what was expected. */
export class ParagraphLibraryError extends Error {
  constructor(
    readonly source: string,
    readonly key: string,
    readonly expected: string,
  ) {
    super(`${source}: ${key === '' ? '' : `"${key}": `}${expected}`);
    this.name = 'ParagraphLibraryError';
  }
}

const BUILT_IN_SOURCE = 'built-in paragraph library';
let builtIn: StandardParagraph[] | undefined;

/** The entries of the library that ships with decision-lint. */
export function builtInParagraphs(): StandardParagraph[] {
  builtIn ??= expand(BUILT_IN_PARAGRAPHS.paragraphs, BUILT_IN_SOURCE);
  return builtIn;
}

/**
 * The entries of an office's library, given as the JSON text of its file. It replaces the built-in
 * library, or with `"inherit": true` replaces only the built-in entries that share its ids.
 */
export function loadParagraphs(text: string, source: string): StandardParagraph[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ParagraphLibraryError(source, '', `not valid JSON (${(error as Error).message})`);
  }
  const office = checkParagraphLibrary(raw, source);
  if (!office.inherit) return expand(office.paragraphs, source);
  const replaced = new Set(office.paragraphs.map((p) => p.id));
  const kept = BUILT_IN_PARAGRAPHS.paragraphs.filter((p) => !replaced.has(p.id));
  return expand([...kept, ...office.paragraphs], source);
}

/** A library's parsed JSON, checked: its shape, then each body's snippet syntax. */
export function checkParagraphLibrary(raw: unknown, source: string): ParagraphLibrary {
  const parsed = paragraphLibrarySchema().safeParse(raw, CHECK_ONCE);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ParagraphLibraryError(source, issue.path.join('.'), issue.message);
  }
  parsed.data.paragraphs.forEach((p, i) => {
    const problem = p.body.map(snippetProblem).find((m) => m !== undefined);
    if (problem !== undefined) throw new ParagraphLibraryError(source, `paragraphs.${i}.body`, problem);
  });
  return parsed.data;
}

const INCLUDE = /\{\{([a-z][a-z0-9-]*)\}\}/g;

function expand(paragraphs: readonly Paragraph[], source: string): StandardParagraph[] {
  const byId = new Map<string, Paragraph>();
  const prefixes = new Set<string>();
  const labels = new Set<string>();
  for (const p of paragraphs) {
    if (byId.has(p.id)) throw new ParagraphLibraryError(source, p.id, 'this id is used by two entries');
    // Editors show entries by prefix and by label, so each must pick out one entry.
    if (prefixes.has(p.prefix)) throw new ParagraphLibraryError(source, `${p.id}.prefix`, `the prefix "${p.prefix}" is used by two entries`);
    if (labels.has(p.label)) throw new ParagraphLibraryError(source, `${p.id}.label`, `the label "${p.label}" is used by two entries`);
    byId.set(p.id, p);
    prefixes.add(p.prefix);
    labels.add(p.label);
  }
  return paragraphs.map((p) => {
    const snippet = p.kind === 'skeleton' ? mirrorComplainant(expandIncludes(p, byId, source)) : expandIncludes(p, byId, source);
    const { body: _body, ...rest } = p;
    return { ...rest, snippet, text: snippetToText(snippet) };
  });
}

/** The entry's own snippet with each `{{id}}` replaced by that entry, whose tabstops follow on. */
function expandIncludes(paragraph: Paragraph, byId: ReadonlyMap<string, Paragraph>, source: string): string {
  let last = 0;
  const next = () => ++last;
  const own = new Map<number, number>();
  const parts = withCitation(paragraph).split(INCLUDE);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return renumberTabstops(part, own, next, true);
      const included = byId.get(part);
      if (included === undefined) throw new ParagraphLibraryError(source, `${paragraph.id}.body`, `includes {{${part}}}, which is not in the library`);
      const text = withCitation(included);
      if (text.includes('{{')) throw new ParagraphLibraryError(source, `${paragraph.id}.body`, `includes {{${part}}}, which itself includes another entry`);
      return renumberTabstops(text, new Map(), next, false);
    })
    .join('');
}

function withCitation(paragraph: Paragraph): string {
  const body = paragraph.body.join('\n');
  return paragraph.citation === undefined ? body : `${body} ${paragraph.citation}`;
}
