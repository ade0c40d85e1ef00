import { lineAt, type Line } from '../text/lines';
import { countAtMost } from '../text/sorted';
import { AscendingOffsets } from '../text/ascending-offsets';
import type { DecisionModel } from '../model/model';
import type { Span } from '../types';
import { COMMENT_OPEN, DIRECTIVE_LINE } from '../parse/classify';
import { catalogueOf, type Catalogue, type CatalogueAct, type ProvisionTarget } from './catalogue';
import { ChainTable, NAMED, NEARBY, REFERRED } from './chain';
import { memoOf } from '../incremental/document-memo';
import { oncePer } from '../once-per';
import { findActMentions, findProvisionGroups, isBlank, normaliseTerm, pastBlanks, pastComma, type ActMention, type ProvisionGroup } from './scan';
import { isDigitCode, isWordCode } from '../people/words';

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
  /**
   * What each provision points at, in the same order, without where it is written: for a citation
   * of one plain group ("section 17"), one list shared by all written alike. Rules that only look a
   * provision up read these, and the provisions only for one they report.
   */
  targets: readonly ProvisionTarget[];
}

/**
 * The citations of a text, in text order. Each is read through a view made when asked for, which
 * lives no longer than the reader's look at it: a text dense with citations has a hundred thousand.
 */
export interface CitationList extends Iterable<Citation> {
  readonly length: number;
  at(index: number): Citation;
  /**
   * Those bound to an Act, named, referred to or nearby: the only ones most rules read, listed
   * without a view made for each of the others. With `accept`, only those whose Act and binding it
   * accepts, told without a view either: most rules read only some Acts or some bindings, and a text
   * naming an Act again and again has a view to make for each mention. Each view is made as the
   * reader comes to it, so that it can go once read: a list of them all lived until the last was
   * read, and V8's collector copied them, and the provisions each had read, while the rule ran.
   */
  bound(accept?: (mention: ActMention, binding: Binding) => boolean): Iterable<Citation>;
  /**
   * Those of `bound` that cite provisions, not an Act named alone: the only ones rules reading
   * provisions look at, and in a text naming an Act again and again, half the rest.
   */
  boundWithProvisions(accept?: (mention: ActMention, binding: Binding) => boolean): Iterable<Citation>;
  /** Those wholly inside a span, found without a view made for each of the others. */
  within(span: Span): Citation[];
  find(accept: (citation: Citation) => boolean): Citation | undefined;
}

export type { ActMention, ProvisionGroup, Keyword } from './scan';

/** Whether an Act as named is in the catalogue: for `CitationList.bound`, which tells it without a view. */
export function namesCataloguedAct(mention: ActMention): boolean {
  return mention.act !== undefined;
}

const citationsByCatalogue = oncePer((_model: DecisionModel) => new Map<Catalogue, CitationList>());

/**
 * Every statute citation in the statement, in text order, parsed once per model and catalogue.
 * Never throws; every span lies inside the text.
 */
export function citationsOf(model: DecisionModel, catalogue: Catalogue = catalogueOf(model.profile)): CitationList {
  const byCatalogue = citationsByCatalogue(model);
  let citations = byCatalogue.get(catalogue);
  if (citations === undefined) {
    citations = buildCitations(model, catalogue);
    byCatalogue.set(catalogue, citations);
  }
  return citations;
}

/**
 * The citation, and the provision within it, at an offset: what a hover shows. The sections inside a
 * range ("18" and "19" of "sections 17 to 20") span all of it, so the narrowest span holding the
 * offset is the provision written there.
 */
export function citationAt(model: DecisionModel, offset: number, catalogue?: Catalogue): { citation: Citation; provision?: Provision } | undefined {
  const citation = citationsOf(model, catalogue).find((c) => c.span.start <= offset && offset <= c.span.end);
  if (citation === undefined) return undefined;
  let provision: Provision | undefined;
  for (const p of citation.provisions) {
    if (p.span.start > offset || offset > p.span.end) continue;
    if (provision === undefined || p.span.end - p.span.start < provision.span.end - provision.span.start) provision = p;
  }
  return provision === undefined ? { citation } : { citation, provision };
}

const BEFORE_ACT = /,?[ \t\u00A0]{1,3}(?:the[ \t\u00A0]{1,3})?/y;
const DEFINED_ACT = normaliseTerm('the Act');
const CHAIN = /,?[ \t\u00A0]{1,3}and[ \t\u00A0]{1,3}|,[ \t\u00A0]{0,3}/y;

function buildCitations(model: DecisionModel, catalogue: Catalogue): CitationList {
  const { text } = model;
  const skip = skipper(model);
  const memo = memoOf(model)?.citationScans;
  const { mentions, groups } = memo === undefined
    ? { mentions: findActMentions(text, catalogue, skip), groups: findProvisionGroups(text, skip) }
    : memo.scan(text, model.profile, catalogue, skip);
  const mentionStarts = mentions.map((m) => m.start);
  const mentionBefore = new MentionIndex(mentions.map((mention) => pastComma(text, mention.definedAs?.span.end ?? mention.end)));
  const chains = new ChainTable(groups, mentions, catalogue, groups.length + mentions.length);
  const region = regionOf(model);
  chainGroups(text, chains);
  const context: Context = {
    catalogue,
    mentionAt: new MentionIndex(mentionStarts),
    mentionBefore,
    mentions,
    mentionStarts: new AscendingOffsets(mentionStarts),
    mentionEnds: new AscendingOffsets(mentions.map((m) => m.end)),
    mentionsOfYear: whenAsked(() => mentionsByYear(mentions)),
    definedActAtOrBefore: definedActs(mentions),
    region,
    mentionRegions: whenAsked(() => mentions.map((m) => region(m.start))),
  };
  const used = new Uint8Array(mentions.length);
  for (let i = 0; i < chains.length; i++) {
    bindChain(text, chains, i, context);
    if (chains.bindingOf(i) === NAMED) used[chains.mentionIndex(i)] = 1;
  }
  chains.addAloneInTextOrder(used);
  return chains;
}

/**
 * `make`'s answer, worked out when first asked for: what only a reference by year ("the 1989 Act") or a
 * bare section needs, which a text naming its Acts in full never asks for.
 */
function whenAsked<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Groups joined by "and" or a comma ("section 26(6)(a) and Schedule 5, paragraph 1") cite one Act together. */
function chainGroups(text: string, chains: ChainTable): void {
  const { groups } = chains;
  let previous = -1;
  for (let g = 0; g < groups.length; g++) {
    if (previous >= 0 && mayChain(text, chains.end(previous))) {
      CHAIN.lastIndex = chains.end(previous);
      if (CHAIN.test(text) && CHAIN.lastIndex === groups.start(g)) {
        chains.addNext(previous);
        continue;
      }
    }
    chains.add(g);
    previous = chains.length - 1;
  }
}

/**
 * Whether CHAIN could match at `at`: only after a comma, or "and" within three blanks. A text dense
 * with citations tries it between every two, and most are followed by neither.
 */
function mayChain(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 44) return true;
  const word = pastBlanks(text, at);
  return word > at && text.charCodeAt(word) === 97 && text.startsWith('and', word);
}

/**
 * Where what follows " of " or " to " starts (one to three blanks each side, the rest of the blanks
 * after three left), or -1 where neither follows `at`. Read by codes: it is asked after every citation.
 */
function pastOfOrTo(text: string, at: number): number {
  const word = pastBlanks(text, at);
  if (word === at) return -1;
  const first = text.charCodeAt(word);
  const second = text.charCodeAt(word + 1);
  if (!((first === 111 && second === 102) || (first === 116 && second === 111))) return -1;
  const after = pastBlanks(text, word + 2);
  return after === word + 2 ? -1 : after;
}

interface Context {
  catalogue: Catalogue;
  /** The index of the mention starting at an offset. */
  mentionAt: MentionIndex;
  /** The index of the mention that ends, with its defined term and what may follow it, at an offset. */
  mentionBefore: MentionIndex;
  mentions: readonly ActMention[];
  /** Where each mention starts and ends, in the same order. */
  mentionStarts: AscendingOffsets;
  mentionEnds: AscendingOffsets;
  mentionsOfYear: () => Map<number, number[]>;
  definedActAtOrBefore: Int32Array;
  region: (offset: number) => number;
  /** The region of each mention, in the same order. */
  mentionRegions: () => number[];
}

function bindChain(text: string, chains: ChainTable, i: number, context: Context): void {
  // Until it is bound a chain's span starts at its first group.
  const start = chains.start(i);
  const end = chains.end(i);
  const before = context.mentionBefore.get(start);
  if (before !== undefined) return chains.bind(i, before, NAMED);
  const afterOf = pastOfOrTo(text, end);
  if (afterOf >= 0) {
    // Read once for both: "of the Children Act 1989" names an Act, "of the 1989 Act" refers to one.
    const determiner = determinerAt(text, afterOf);
    const pastDeterminer = determiner === undefined ? afterOf : pastBlanks(text, afterOf + determiner.length);
    const named = context.mentionAt.get(determiner === 'the' ? pastDeterminer : afterOf) ?? context.mentionAt.get(afterOf);
    if (named !== undefined) return chains.bind(i, named, NAMED, context.mentions[named]!.end);
    const referenceEnd = actReferenceEnd(text, pastDeterminer);
    if (referenceEnd >= 0) {
      chains.extendTo(i, referenceEnd);
      const referred = referredAct(context, start, determiner, text, pastDeterminer);
      if (referred !== undefined) chains.bind(i, referred, REFERRED);
      return;
    }
  }
  BEFORE_ACT.lastIndex = end;
  if (mentionStartsWithin(context, end, BEFORE_ACT_REACH) && BEFORE_ACT.test(text)) {
    const following = context.mentionAt.get(BEFORE_ACT.lastIndex);
    if (following !== undefined) return chains.bind(i, following, NAMED, context.mentions[following]!.end);
  }
  // A bare "section 47" belongs to an Act named before it in the same house section: statements set
  // out the law under a sub-heading and then refer back to it ("Section 47 enquiries", "S47"). The
  // latest Act the catalogue knows to have every section cited wins; failing that, the latest named.
  const nearby = nearbyMention(chains, i, start, context);
  if (nearby !== undefined) chains.bind(i, nearby, NEARBY);
}

/**
 * The last mention at an offset, one given for each mention (where it starts, or where what follows it
 * ends), as a Map from offset to index would give it, found from the last answer or by halving. A text
 * naming an Act again and again made two such Maps of tens of thousands of entries, and asked them
 * three times a citation: that was a third of reading its citations.
 */
class MentionIndex {
  /** The offsets ascending, and when they were not given so, the mention of each. */
  private readonly sorted: AscendingOffsets;
  private readonly order: readonly number[] | undefined;

  constructor(offsets: readonly number[]) {
    // Mostly ascending already; a defined term holding an abbreviation ("(MCA 2005)") is not.
    if (offsets.every((offset, i) => i === 0 || offsets[i - 1]! <= offset)) {
      this.sorted = new AscendingOffsets(offsets);
      this.order = undefined;
    } else {
      const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]! || a - b);
      this.sorted = new AscendingOffsets(order.map((i) => offsets[i]!));
      this.order = order;
    }
  }

  get(offset: number): number | undefined {
    const k = this.sorted.countAtMost(offset) - 1;
    if (k < 0 || this.sorted.values[k] !== offset) return undefined;
    return this.order === undefined ? k : this.order[k];
  }
}

/** The most BEFORE_ACT can match: a comma, three blanks, "the" and three more. */
const BEFORE_ACT_REACH = 10;

/**
 * Whether an Act is named starting at most `reach` after `at`: only then can a pattern end at one. A
 * text dense with bare citations tries BEFORE_ACT after every one, where most have no Act near.
 */
function mentionStartsWithin({ mentionStarts }: Context, at: number, reach: number): boolean {
  const next = mentionStarts.values[mentionStarts.countAtMost(at - 1)];
  return next !== undefined && next - at <= reach;
}

/** The index of the mention chain `i` takes its Act from. Loops rather than closures: a text dense with bare citations binds tens of thousands. */
function nearbyMention(chains: ChainTable, i: number, start: number, context: Context): number | undefined {
  const { mentions, catalogue } = context;
  const mentionRegions = context.mentionRegions();
  const last = context.mentionEnds.countAtMost(start) - 1;
  if (last < 0) return undefined;
  const here = context.region(start);
  for (let m = last; m >= 0 && mentionRegions[m] === here; m--) {
    const act = mentions[m]!.act;
    if (act !== undefined && describesAll(catalogue, act, chains.groupsOf(i))) return m;
  }
  return mentionRegions[last] === here ? last : undefined;
}

function describesAll(catalogue: Catalogue, act: CatalogueAct, groups: ProvisionGroup[]): boolean {
  for (const group of groups) {
    for (const provision of group.provisions) if (!catalogue.describes(act, provision)) return false;
  }
  return true;
}

/**
 * Where a reference to an Act ends, read from past its determiner (`determinerAt`): "Act" or "1989
 * Act", a year followed by one to three blanks; or -1. Read by codes: it is tried after every citation
 * followed by "of" or "to".
 */
function actReferenceEnd(text: string, at: number): number {
  let act = at;
  if (isDigitCode(text.charCodeAt(act))) {
    for (let i = act + 1; i < act + 4; i++) if (!isDigitCode(text.charCodeAt(i))) return -1;
    const past = pastBlanks(text, act + 4);
    if (past === act + 4) return -1;
    act = past;
  }
  return text.startsWith('Act', act) && !isWordCode(text.charCodeAt(act + 3)) ? act + 3 : -1;
}

/**
 * "the 1989 Act" is the last Act of that year; "the Act" the one defined as "the Act", else the last
 * named, as "that Act" and "this Act" always are. Each is looked up, not searched for back through
 * the text: a draft naming an Act again and again, each time followed by "section 17 of the Act",
 * took time as the square of its length. The reference has a year where four digits come at `yearAt`,
 * past its determiner.
 */
function referredAct(context: Context, before: number, determiner: string | undefined, text: string, yearAt: number): number | undefined {
  const last = context.mentionEnds.countAtMost(before) - 1;
  if (last < 0) return undefined;
  if (isDigitCode(text.charCodeAt(yearAt))) {
    const ofYear = context.mentionsOfYear().get(Number(text.slice(yearAt, yearAt + 4))) ?? [];
    const latest = countAtMost(ofYear, last) - 1;
    return latest < 0 ? undefined : ofYear[latest];
  }
  const defined = determiner === 'the' ? context.definedActAtOrBefore[last]! : -1;
  return defined >= 0 ? defined : last;
}

const DETERMINERS = ['the', 'that', 'this'];

/** A loop, not a search with a closure: a text referring to "the Act" again and again reads tens of thousands. */
function determinerAt(text: string, at: number): string | undefined {
  for (const word of DETERMINERS) if (text.startsWith(word, at) && isBlank(text.charCodeAt(at + word.length))) return word;
  return undefined;
}

/** The indices of the mentions of each year, in text order. */
function mentionsByYear(mentions: readonly ActMention[]): Map<number, number[]> {
  const byYear = new Map<number, number[]>();
  mentions.forEach((mention, i) => {
    const list = byYear.get(mention.year);
    if (list === undefined) byYear.set(mention.year, [i]);
    else list.push(i);
  });
  return byYear;
}

/** For each mention, the index of the latest at or before it that the text defines as "the Act", or -1. */
function definedActs(mentions: readonly ActMention[]): Int32Array {
  const latest = new Int32Array(mentions.length);
  let defined = -1;
  mentions.forEach((mention, i) => {
    if (mention.definedAs?.term === DEFINED_ACT) defined = i;
    latest[i] = defined;
  });
  return latest;
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
