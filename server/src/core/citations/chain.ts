import type { Span } from '../types';
import type { Catalogue, CatalogueAct, ProvisionTarget } from './catalogue';
import type { Binding, Citation, CitationList, Provision } from './citations';
import type { ActMention, GroupTable, ProvisionGroup, ProvisionToken } from './scan';

/** The bindings by their number in a chain's state: a chain starts as 'none', 0. */
const BINDINGS: readonly Binding[] = ['none', 'named', 'referred', 'nearby'];
export const NAMED = 1;
export const REFERRED = 2;
export const NEARBY = 3;

/** No mention: a chain not bound to an Act. */
const UNBOUND = -1;

/**
 * The citations of a text as they are built and as rules read them, kept as columns of numbers. A
 * citation is a chain of groups joined by "and" or a comma, which binding to an Act may extend
 * ("section 17 of the Act"), or an Act named alone. A text dense with citations has a hundred
 * thousand; kept as one object each, V8's collector of young objects copied each twice while the text
 * was linted, which cost more than building them. A chain keeps its groups as a run of the table's
 * (chained groups are neighbours): its first, and how many there are and how it is bound in one
 * number; where its text ends so far; and which of the text's Acts it is bound to. A rule reads a
 * citation through a view made when it asks (`at`), which lives no longer than the rule's look at it.
 */
export class ChainTable implements CitationList {
  length = 0;
  private readonly firsts: Int32Array;
  /** How many groups a chain has, times four, plus the number of its binding in BINDINGS. */
  private readonly states: Int32Array;
  private readonly ends: Int32Array;
  /** The index in `mentions` of the Act a chain is bound to, or UNBOUND. */
  private readonly mentionOf: Int32Array;

  /** Room for `capacity` chains: as many as the groups, and the Acts that may be named alone. */
  constructor(readonly groups: GroupTable, readonly mentions: readonly ActMention[], readonly catalogue: Catalogue, capacity: number) {
    this.firsts = new Int32Array(capacity);
    this.states = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.mentionOf = new Int32Array(capacity);
  }

  /** A chain of one group, the table's `group`th. */
  add(group: number): void {
    this.setRow(this.length++, group, 4, this.groups.end(group), UNBOUND);
  }

  /** The next group of the table, joined to chain `i`'s last by "and" or a comma. */
  addNext(i: number): void {
    this.states[i]! += 4;
    this.ends[i] = this.groups.end(this.firsts[i]! + this.count(i) - 1);
  }

  bind(i: number, mention: number, binding: number, end?: number): void {
    this.mentionOf[i] = mention;
    this.states[i] = (this.states[i]! & ~3) | binding;
    if (end !== undefined) this.ends[i] = end;
  }

  /** Where chain `i`'s text ends so far. */
  end(i: number): number {
    return this.ends[i]!;
  }

  /** Moves where chain `i`'s text ends: to the end of the reference to an Act that follows it. */
  extendTo(i: number, end: number): void {
    this.ends[i] = end;
  }

  bindingOf(i: number): number {
    return this.states[i]! & 3;
  }

  /** The index in `mentions` of the Act chain `i` is bound to, or -1. */
  mentionIndex(i: number): number {
    return this.mentionOf[i]!;
  }

  /** The mention of the Act chain `i` is bound to. */
  mention(i: number): ActMention | undefined {
    const index = this.mentionOf[i]!;
    return index === UNBOUND ? undefined : this.mentions[index];
  }

  count(i: number): number {
    return this.states[i]! >> 2;
  }

  /** Where chain `i` starts, from its first group or the Act named before it, read without making its span. */
  start(i: number): number {
    const first = this.count(i) > 0 ? this.groups.start(this.firsts[i]!) : Infinity;
    if (this.bindingOf(i) !== NAMED) return first;
    return Math.min(this.mentions[this.mentionOf[i]!]!.start, first);
  }

  /** Views of chain `i`'s groups, made when read. */
  groupsOf(i: number): ProvisionGroup[] {
    const count = this.count(i);
    const groups = new Array<ProvisionGroup>(count);
    for (let g = 0; g < count; g++) groups[g] = this.groups.at(this.firsts[i]! + g);
    return groups;
  }

  /** Chain `i`'s provisions, each group's list read once: a plain group makes its provision when read. */
  provisionsOf(i: number): Provision[] {
    const count = this.count(i);
    const act = this.mention(i)?.act;
    // Most chains are one plain group: its provision is made without lists around it.
    const sole = count === 1 ? this.groups.soleProvision(this.firsts[i]!) : undefined;
    if (sole !== undefined) return [new CitedProvision(sole, this.groups, this.firsts[i]!, act, this.catalogue)];
    const tokens = new Array<ProvisionToken[]>(count);
    let total = 0;
    for (let g = 0; g < count; g++) total += (tokens[g] = this.groups.provisions(this.firsts[i]! + g)).length;
    // Sized exactly: an array grown by a push first makes room for 17.
    const listed = new Array<Provision>(total);
    let n = 0;
    for (let g = 0; g < count; g++) {
      for (const token of tokens[g]!) listed[n++] = new CitedProvision(token, this.groups, this.firsts[i]! + g, act, this.catalogue);
    }
    return listed;
  }

  /** What chain `i`'s provisions point at, in their order (`Citation.targets`). */
  targetsOf(i: number): readonly ProvisionTarget[] {
    const count = this.count(i);
    if (count === 1) return this.groups.targets(this.firsts[i]!);
    const targets: ProvisionTarget[] = [];
    for (let g = 0; g < count; g++) targets.push(...this.groups.targets(this.firsts[i]! + g));
    return targets;
  }

  at(i: number): Citation {
    return new ChainView(this, i);
  }

  *[Symbol.iterator](): Iterator<Citation> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  bound(accept?: Accept): Iterable<Citation> {
    return { [Symbol.iterator]: () => new BoundCitations(this, 0, accept) };
  }

  boundWithProvisions(accept?: Accept): Iterable<Citation> {
    return { [Symbol.iterator]: () => new BoundCitations(this, 1, accept) };
  }

  /** The first row from `from` on that is bound, has at least `groups` groups and that `accept` takes, or -1. */
  nextBound(from: number, groups: number, accept?: Accept): number {
    for (let i = from; i < this.length; i++) {
      const mention = this.mentionOf[i]!;
      if (mention === UNBOUND || this.count(i) < groups) continue;
      if (accept === undefined || accept(this.mentions[mention]!, BINDINGS[this.bindingOf(i)]!)) return i;
    }
    return -1;
  }

  within(span: Span): Citation[] {
    // The rows are in the order they start: the first that starts inside is found by halving.
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.start(mid) < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Citation[] = [];
    for (let i = lo; i < this.length && this.start(i) < span.end; i++) {
      const citation = this.at(i);
      if (citation.span.end <= span.end) out.push(citation);
    }
    return out;
  }

  find(accept: (citation: Citation) => boolean): Citation | undefined {
    for (let i = 0; i < this.length; i++) {
      const citation = this.at(i);
      if (accept(citation)) return citation;
    }
    return undefined;
  }

  /**
   * The Acts whose mark in `used` is 0, which no chain names, added as citations of their own, and all
   * put in text order. The Acts come in text order, as the scan gives them, and the chains most often
   * do too, and then the Acts are merged in from the end, in place; otherwise all are sorted by where
   * they start, the chains first of two that start together. A chain bound to an Act named before it
   * starts there, which may be before the chain ahead of it ("the Children Act 1989 (the section 17
   * Act), s 5").
   */
  addAloneInTextOrder(used: Uint8Array): void {
    const alone: number[] = [];
    for (let m = 0; m < this.mentions.length; m++) if (used[m] === 0) alone.push(m);
    const chains = this.length;
    this.length += alone.length;
    if (!this.ascending(chains)) {
      alone.forEach((m, k) => this.setAlone(chains + k, m));
      return this.sortRows();
    }
    let a = chains - 1;
    let b = alone.length - 1;
    for (let n = this.length - 1; b >= 0; n--) {
      if (a >= 0 && this.start(a) > this.mentions[alone[b]!]!.start) this.moveRow(a--, n);
      else this.setAlone(n, alone[b--]!);
    }
  }

  /** Whether the first `count` chains are in the order they start. */
  private ascending(count: number): boolean {
    let last = -Infinity;
    for (let i = 0; i < count; i++) {
      const start = this.start(i);
      if (start < last) return false;
      last = start;
    }
    return true;
  }

  /** Row `i` as the citation of an Act named with no provision cited. */
  private setAlone(i: number, mention: number): void {
    this.setRow(i, 0, NAMED, this.mentions[mention]!.end, mention);
  }

  /** Every row put in the order they start, keeping the order of rows that start together. */
  private sortRows(): void {
    // Each start read once, as it is worked out when read.
    const starts = Array.from({ length: this.length }, (_, i) => this.start(i));
    const order = starts.map((_, i) => i).sort((x, y) => starts[x]! - starts[y]! || x - y);
    const [firsts, states, ends, mentionOf] = [this.firsts.slice(), this.states.slice(), this.ends.slice(), this.mentionOf.slice()];
    order.forEach((from, to) => this.setRow(to, firsts[from]!, states[from]!, ends[from]!, mentionOf[from]!));
  }

  private setRow(i: number, first: number, state: number, end: number, mention: number): void {
    this.firsts[i] = first;
    this.states[i] = state;
    this.ends[i] = end;
    this.mentionOf[i] = mention;
  }

  private moveRow(from: number, to: number): void {
    this.setRow(to, this.firsts[from]!, this.states[from]!, this.ends[from]!, this.mentionOf[from]!);
  }
}

type Accept = (mention: ActMention, binding: Binding) => boolean;

/**
 * The bound citations a reader asks for, each view made as it comes to it. An iterator of its own, not
 * a generator: V8 runs a generator's steps apart from the loop reading them, and made a result for
 * each, where the rules read tens of thousands of citations from here.
 */
class BoundCitations implements Iterator<Citation> {
  private row = -1;

  constructor(private readonly table: ChainTable, private readonly groups: number, private readonly accept: Accept | undefined) {}

  next(): IteratorResult<Citation> {
    this.row = this.table.nextBound(this.row + 1, this.groups, this.accept);
    return this.row < 0 ? { done: true, value: undefined } : { done: false, value: this.table.at(this.row) };
  }
}

/**
 * A citation of a chain table as rules read it. It keeps its provisions once asked for them, so that
 * one reader sees the same list each time; the table keeps none, as a text dense with citations would
 * otherwise keep a list for every one that any rule looked at.
 */
class ChainView implements Citation {
  private listed: Provision[] | undefined = undefined;

  constructor(private readonly table: ChainTable, private readonly row: number) {}

  get binding(): Binding {
    return BINDINGS[this.table.bindingOf(this.row)]!;
  }

  /** The Act as named here, or the earlier mention this citation refers back to or sits near. */
  get mention(): ActMention | undefined {
    return this.table.mention(this.row);
  }

  get act(): CatalogueAct | undefined {
    return this.mention?.act;
  }

  /** From the first group or the Act named before it to the last group or the Act named after it. */
  get span(): Span {
    const { table, row } = this;
    const end = table.bindingOf(row) === NAMED ? Math.max(table.end(row), this.mention!.end) : table.end(row);
    return { start: table.start(row), end };
  }

  get groups(): ProvisionGroup[] {
    return this.table.groupsOf(this.row);
  }

  get provisions(): Provision[] {
    return (this.listed ??= this.table.provisionsOf(this.row));
  }

  get targets(): readonly ProvisionTarget[] {
    return this.table.targetsOf(this.row);
  }

  get address(): string | undefined {
    const act = this.act;
    return act === undefined ? undefined : this.table.catalogue.address(act);
  }
}

/**
 * A provision as a citation gives it: its token, read through, with the Act it was bound to. Its spans
 * are the token's, made when read, as few rules read them.
 */
class CitedProvision implements Provision {
  constructor(
    private readonly token: ProvisionToken,
    private readonly table: GroupTable,
    private readonly groupIndex: number,
    private readonly act: CatalogueAct | undefined,
    private readonly catalogue: Catalogue,
  ) {}

  /** Made when read, as few readers ask. */
  get group(): ProvisionGroup {
    return this.table.at(this.groupIndex);
  }

  get span(): Span {
    return this.token.span;
  }

  get idSpan(): Span {
    return this.token.idSpan;
  }

  get pathSpans(): Span[] {
    return this.token.pathSpans;
  }

  get path(): string[] {
    return this.token.path;
  }

  get section(): string | undefined {
    return this.token.section;
  }

  get schedule(): string | undefined {
    return this.token.schedule;
  }

  get scheduleSpan(): Span | undefined {
    return this.token.scheduleSpan;
  }

  get paragraph(): string | undefined {
    return this.token.paragraph;
  }

  get address(): string | undefined {
    return this.act === undefined ? undefined : this.catalogue.address(this.act, this);
  }

  get description(): string | undefined {
    return this.act === undefined ? undefined : this.catalogue.description(this.act, this);
  }
}
