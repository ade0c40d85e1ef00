import { lineAt, type Line } from '../text/lines';
import { countAtMost } from '../text/sorted';
import type { DecisionModel } from '../model/model';
import type { Span } from '../types';
import { COMMENT_OPEN, DIRECTIVE_LINE } from '../parse/classify';
import { catalogueOf, type Catalogue, type CatalogueAct, type ProvisionTarget } from './catalogue';
import { Chain, type ChainSource } from './chain';
import { memoOf } from '../incremental/document-memo';
import { oncePer } from '../once-per';
import { findActMentions, findProvisionGroups, normaliseTerm, pastBlanks, type ActMention, type ProvisionGroup } from './scan';

/**
 * How a citation's Act was found: named in it ("section 47 of the Children Act 1989"), referred to
 * ("section 17 of the Act", "of the 1989 Act"), taken from the Act last named nearby (a bare "s47"),
 * or not found at all.
 */
export type Binding = 'named' | 'referred' | 'nearby' | 'none';

/** One provision a citation points at, with where to read it. */
export interface Provision extends ProvisionTarget {
  /** As written: "26A(1)"; the 3 and the 4 of "34H(3 and 4)" both span all of it. */
  span: Span;
  /** The section or schedule paragraph number as written. */
  idSpan: Span;
  pathSpans: Span[];
  scheduleSpan?: Span;
  /** The group (keyword and list) it was written in. */
  group: ProvisionGroup;
  /** Its legislation.gov.uk page, when the Act is in the catalogue. */
  address?: string;
  /** The catalogue's one-line description of its section or schedule paragraph. */
  description?: string;
}

/** A statute citation: an Act named with its year, provisions led by a keyword, or both together. */
export interface Citation {
  span: Span;
  binding: Binding;
  /** The Act as named here, or the earlier mention this citation refers back to or sits near. */
  mention?: ActMention;
  act?: CatalogueAct;
  /** The Act's legislation.gov.uk contents page, when it is in the catalogue. */
  address?: string;
  groups: ProvisionGroup[];
  provisions: Provision[];
}

export type { ActMention, ProvisionGroup, Keyword } from './scan';

const citationsByCatalogue = oncePer((_model: DecisionModel) => new Map<Catalogue, Citation[]>());

/**
 * Every statute citation in the statement, in text order, parsed once per model and catalogue.
 * Never throws; every span lies inside the text.
 */
export function citationsOf(model: DecisionModel, catalogue: Catalogue = catalogueOf(model.profile)): readonly Citation[] {
  const byCatalogue = citationsByCatalogue(model);
  let citations = byCatalogue.get(catalogue);
  if (citations === undefined) {
    citations = buildCitations(model, catalogue);
    byCatalogue.set(catalogue, citations);
  }
  return citations;
}

/** The citation, and the provision within it, at an offset: what a hover shows. */
export function citationAt(model: DecisionModel, offset: number, catalogue?: Catalogue): { citation: Citation; provision?: Provision } | undefined {
  const citation = citationsOf(model, catalogue).find((c) => c.span.start <= offset && offset <= c.span.end);
  if (citation === undefined) return undefined;
  const provision = citation.provisions.find((p) => p.span.start <= offset && offset <= p.span.end);
  return provision === undefined ? { citation } : { citation, provision };
}

const OF_OR_TO = /[ \t\u00A0]{1,3}(?:of|to)[ \t\u00A0]{1,3}/y;
const THE = /(?:the[ \t\u00A0]{1,3})?/y;
const ACT_REFERENCE = /(?:(the|that|this)[ \t\u00A0]{1,3})?(?:(\d{4})[ \t\u00A0]{1,3})?Act\b/y;
const BEFORE_ACT = /,?[ \t\u00A0]{1,3}(?:the[ \t\u00A0]{1,3})?/y;
const AFTER_ACT = /,?[ \t\u00A0]{0,3}/y;
const DEFINED_ACT = normaliseTerm('the Act');
const CHAIN = /,?[ \t\u00A0]{1,3}and[ \t\u00A0]{1,3}|,[ \t\u00A0]{0,3}/y;

function buildCitations(model: DecisionModel, catalogue: Catalogue): Citation[] {
  const { text } = model;
  const skip = skipper(model);
  const memo = memoOf(model)?.citationScans;
  const { mentions, groups } = memo === undefined
    ? { mentions: findActMentions(text, catalogue, skip), groups: findProvisionGroups(text, skip) }
    : memo.scan(text, model.profile, catalogue, skip);
  const mentionAt = new Map(mentions.map((m) => [m.span.start, m]));
  const mentionBefore = new Map<number, ActMention>();
  for (const mention of mentions) {
    AFTER_ACT.lastIndex = mention.definedAs?.span.end ?? mention.span.end;
    AFTER_ACT.test(text);
    mentionBefore.set(AFTER_ACT.lastIndex, mention);
  }
  const region = regionOf(model);
  const source: ChainSource = { groups, catalogue, provisions: new Map() };
  const citations = chainGroups(text, source);
  const used = new Set<ActMention>();
  const context: Context = {
    catalogue,
    mentionAt,
    mentionBefore,
    mentions,
    mentionStarts: mentions.map((m) => m.span.start),
    mentionEnds: mentions.map((m) => m.span.end),
    region,
  };
  for (const citation of citations) {
    bindChain(text, citation, context);
    if (citation.binding === 'named' && citation.mention) used.add(citation.mention);
  }
  const alone = mentions.filter((mention) => !used.has(mention)).map((mention) => Chain.ofMention(mention, source));
  return inTextOrder(citations, alone);
}

/**
 * The chains and the Acts named alone, together by where they start. Each list most often comes in
 * text order already, and then the few Acts are merged into the chains in place, from the end: a sort,
 * or a merge into a new list, of tens of thousands of chains made lists as long as the text's citations
 * at every lint, which cost more in fresh memory than binding them.
 */
function inTextOrder(chains: Chain[], alone: Chain[]): Chain[] {
  if (!ascending(chains) || !ascending(alone)) {
    const all = [...chains, ...alone];
    // Each start read once, as it is worked out when read.
    const starts = all.map((c) => c.start);
    return all.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!).map((i) => all[i]!);
  }
  let a = chains.length - 1;
  let b = alone.length - 1;
  for (const chain of alone) chains.push(chain);
  for (let n = chains.length - 1; b >= 0; n--) chains[n] = a >= 0 && chains[a]!.start > alone[b]!.start ? chains[a--]! : alone[b--]!;
  return chains;
}

function ascending(chains: Chain[]): boolean {
  let last = -Infinity;
  for (const chain of chains) {
    const start = chain.start;
    if (start < last) return false;
    last = start;
  }
  return true;
}

/** Groups joined by "and" or a comma ("section 26(6)(a) and Schedule 5, paragraph 1") cite one Act together. */
function chainGroups(text: string, source: ChainSource): Chain[] {
  const { groups } = source;
  // Made as long as it can grow, and cut to length at the end: grown by a push, a list of a hundred
  // thousand chains is copied a dozen times on its way.
  const chains = new Array<Chain>(groups.length);
  let count = 0;
  let previous: Chain | undefined;
  for (let i = 0; i < groups.length; i++) {
    if (previous !== undefined && mayChain(text, previous.end)) {
      CHAIN.lastIndex = previous.end;
      if (CHAIN.test(text) && CHAIN.lastIndex === groups.start(i)) {
        previous.addNext();
        continue;
      }
    }
    previous = new Chain(source, i, 1, groups.end(i));
    chains[count++] = previous;
  }
  chains.length = count;
  return chains;
}

/**
 * Whether CHAIN could match at `at`: only after a comma, or "and" within three blanks. A text dense
 * with citations tries it between every two, and most are followed by neither.
 */
function mayChain(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 44) return true;
  const word = pastBlanks(text, at);
  return word > at && text.startsWith('and', word);
}

/** Whether OF_OR_TO could match at `at`: "of" or "to" within three blanks, tried after every citation. */
function mayBeOfOrTo(text: string, at: number): boolean {
  const word = pastBlanks(text, at);
  return word > at && (text.startsWith('of', word) || text.startsWith('to', word));
}

interface Context {
  catalogue: Catalogue;
  mentionAt: Map<number, ActMention>;
  mentionBefore: Map<number, ActMention>;
  mentions: ActMention[];
  /** Where each mention starts and ends, in the same order. */
  mentionStarts: number[];
  mentionEnds: number[];
  region: (offset: number) => number;
}

function bindChain(text: string, chain: Chain, context: Context): void {
  // Until it is bound a chain's span starts at its first group.
  const start = chain.start;
  const before = context.mentionBefore.get(start);
  if (before !== undefined) return chain.bind(before, 'named');
  OF_OR_TO.lastIndex = chain.end;
  const hasOf = mayBeOfOrTo(text, chain.end) && OF_OR_TO.test(text);
  const afterOf = OF_OR_TO.lastIndex;
  if (hasOf) {
    THE.lastIndex = afterOf;
    THE.test(text);
    const named = context.mentionAt.get(THE.lastIndex) ?? context.mentionAt.get(afterOf);
    if (named !== undefined) return chain.bind(named, 'named', named.span.end);
    ACT_REFERENCE.lastIndex = afterOf;
    const reference = ACT_REFERENCE.exec(text);
    if (reference !== null) {
      chain.end = ACT_REFERENCE.lastIndex;
      const referred = referredAct(context, start, reference[1], reference[2]);
      if (referred !== undefined) chain.bind(referred, 'referred');
      return;
    }
  }
  BEFORE_ACT.lastIndex = chain.end;
  if (mentionStartsWithin(context, chain.end, BEFORE_ACT_REACH) && BEFORE_ACT.test(text)) {
    const following = context.mentionAt.get(BEFORE_ACT.lastIndex);
    if (following !== undefined) return chain.bind(following, 'named', following.span.end);
  }
  // A bare "section 47" belongs to an Act named before it in the same house section: statements set
  // out the law under a sub-heading and then refer back to it ("Section 47 enquiries", "S47"). The
  // latest Act the catalogue knows to have every section cited wins; failing that, the latest named.
  const nearby = nearbyMention(chain, start, context);
  if (nearby !== undefined) chain.bind(nearby, 'nearby');
}

/** The most BEFORE_ACT can match: a comma, three blanks, "the" and three more. */
const BEFORE_ACT_REACH = 10;

/**
 * Whether an Act is named starting at most `reach` after `at`: only then can a pattern end at one. A
 * text dense with bare citations tries BEFORE_ACT after every one, where most have no Act near.
 */
function mentionStartsWithin({ mentionStarts }: Context, at: number, reach: number): boolean {
  const next = mentionStarts[countAtMost(mentionStarts, at - 1)];
  return next !== undefined && next - at <= reach;
}

/** Loops rather than closures: a text dense with bare citations binds tens of thousands of them. */
function nearbyMention(chain: Chain, start: number, context: Context): ActMention | undefined {
  const { mentions, region, catalogue } = context;
  const last = countAtMost(context.mentionEnds, start) - 1;
  if (last < 0) return undefined;
  const here = region(start);
  for (let i = last; i >= 0 && region(mentions[i]!.span.start) === here; i--) {
    const act = mentions[i]!.act;
    if (act !== undefined && describesAll(catalogue, act, chain.groups)) return mentions[i];
  }
  return region(mentions[last]!.span.start) === here ? mentions[last] : undefined;
}

function describesAll(catalogue: Catalogue, act: CatalogueAct, groups: ProvisionGroup[]): boolean {
  for (const group of groups) {
    for (const provision of group.provisions) if (!catalogue.describes(act, provision)) return false;
  }
  return true;
}

/**
 * "the 1989 Act" is the last Act of that year; "the Act" the one defined as "the Act", else the last
 * named, as "that Act" and "this Act" always are.
 */
function referredAct(context: Context, before: number, determiner: string | undefined, year: string | undefined): ActMention | undefined {
  if (year !== undefined) return lastBefore(context, before, (m) => m.year === Number(year));
  const defined = determiner === 'the' ? lastBefore(context, before, (m) => m.definedAs?.term === DEFINED_ACT) : undefined;
  return defined ?? lastBefore(context, before, () => true);
}

/** The latest mention ending before the offset that `accept` takes, searching back from the nearest. */
function lastBefore({ mentions, mentionEnds }: Context, offset: number, accept: (m: ActMention) => boolean): ActMention | undefined {
  for (let i = countAtMost(mentionEnds, offset) - 1; i >= 0; i--) if (accept(mentions[i]!)) return mentions[i];
  return undefined;
}

/** Website clutter and directive comments are not statement text. */
function skipper(model: DecisionModel): (offset: number) => boolean {
  const clutter = model.clutter.map((c) => c.span).sort((a, b) => a.start - b.start);
  // A directive is a comment: a text with none, and no clutter, has nothing to skip.
  if (clutter.length === 0 && !model.text.includes(COMMENT_OPEN)) return () => false;
  // Offsets come in text order, many to a line: the last line's answer serves until the offset leaves it.
  let line: Line | undefined;
  let directive = false;
  return (offset) => {
    if (line === undefined || offset < line.start || offset >= line.next) {
      line = lineAt(model.lines, model.index, offset);
      directive = DIRECTIVE_LINE.test(line.text);
    }
    if (directive) return true;
    let lo = 0;
    let hi = clutter.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = clutter[mid]!;
      if (offset < span.start) hi = mid - 1;
      else if (offset >= span.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Which house section an offset is in (-1 before the first), for binding bare citations. */
function regionOf(model: DecisionModel): (offset: number) => number {
  const starts = model.sections.map((s) => s.span.start);
  return (offset) => countAtMost(starts, offset) - 1;
}
