import type { Span } from '../types';
import type { Catalogue, CatalogueAct } from './catalogue';
import type { Binding, Citation, Provision } from './citations';
import type { ActMention, GroupTable, ProvisionGroup, ProvisionToken } from './scan';

/**
 * What the chains of one text share: the table of its groups, the catalogue their Acts are bound in,
 * and the provision lists of the chains asked for them, kept here rather than in a field of every
 * chain, as few are asked.
 */
export interface ChainSource {
  groups: GroupTable;
  catalogue: Catalogue;
  provisions: Map<Chain, Provision[]>;
}

/** The bindings by their number in a chain's `state`. */
const BINDINGS: readonly Binding[] = ['none', 'named', 'referred', 'nearby'];

/**
 * A citation as it is built and as rules read it: groups joined by "and" or a comma, which binding to
 * an Act may extend ("section 17 of the Act"). A text dense with citations holds a hundred thousand,
 * each kept while the text is linted and copied twice by V8's collector of young objects on the way,
 * so each is one object of five fields: it keeps its groups as a run of the table's (chained groups
 * are neighbours), how many there are and how it is bound in one number, and its span is worked out
 * when read, from its first group, where it ends and the Act it names (a short-lived object costs less
 * than one kept for every citation); its provisions, addresses and descriptions, which few citations
 * are asked for, are worked out when first read.
 */
export class Chain implements Citation {
  mention?: ActMention = undefined;
  /** Where the citation's text ends so far: a chained group or a bound Act's name moves it on. */
  end: number;
  /** How many groups it has, times four, plus the number of its binding in BINDINGS. */
  private state: number;

  /** Its groups are the table's from `first`, `count` of them. */
  constructor(private readonly source: ChainSource, private readonly first: number, count: number, end: number) {
    this.end = end;
    this.state = count * 4;
  }

  get binding(): Binding {
    return BINDINGS[this.state & 3]!;
  }

  private get count(): number {
    return this.state >> 2;
  }

  /** The Act of the mention it is bound to, when the catalogue has it. */
  get act(): CatalogueAct | undefined {
    return this.mention?.act;
  }

  /** From the first group or the Act named before it to the last group or the Act named after it. */
  get span(): Span {
    const named = this.binding === 'named' ? this.mention : undefined;
    return { start: this.start, end: Math.max(this.end, named?.span.end ?? 0) };
  }

  /** Where `span` starts, read without making the span: binding and sorting read it for every citation. */
  get start(): number {
    const named = this.binding === 'named' ? this.mention : undefined;
    const first = this.count > 0 ? this.source.groups.start(this.first) : Infinity;
    return Math.min(named?.span.start ?? Infinity, first);
  }

  /** Views of its groups, made when read. */
  get groups(): ProvisionGroup[] {
    const groups = new Array<ProvisionGroup>(this.count);
    for (let i = 0; i < this.count; i++) groups[i] = this.source.groups.at(this.first + i);
    return groups;
  }

  /** The next group of the table, joined to the last by "and" or a comma. */
  addNext(): void {
    this.state += 4;
    this.end = this.source.groups.end(this.first + this.count - 1);
  }

  /** An Act named with no provision cited. */
  static ofMention(mention: ActMention, source: ChainSource): Chain {
    const chain = new Chain(source, 0, 0, mention.span.end);
    chain.bind(mention, 'named');
    return chain;
  }

  bind(mention: ActMention, binding: Binding, end?: number): void {
    this.mention = mention;
    this.state = (this.state & ~3) | BINDINGS.indexOf(binding);
    if (end !== undefined) this.end = end;
  }

  get provisions(): Provision[] {
    let listed = this.source.provisions.get(this);
    if (listed === undefined) {
      const { groups: table, catalogue } = this.source;
      // Each group's list read once: a group that keeps its number as written makes its provision when read.
      const tokens = new Array<ProvisionToken[]>(this.count);
      let count = 0;
      for (let i = 0; i < this.count; i++) count += (tokens[i] = table.provisions(this.first + i)).length;
      // Sized exactly: an array grown by a push first makes room for 17, and a text dense with
      // citations keeps one list for each of its tens of thousands for as long as the model lives.
      listed = new Array<Provision>(count);
      let n = 0;
      const groups = this.groups;
      for (let i = 0; i < this.count; i++) {
        for (const token of tokens[i]!) listed[n++] = new CitedProvision(token, groups[i]!, this.act, catalogue);
      }
      this.source.provisions.set(this, listed);
    }
    return listed;
  }

  get address(): string | undefined {
    return this.act === undefined ? undefined : this.source.catalogue.address(this.act);
  }
}

/**
 * A provision as a citation gives it: its token, read through, with the Act it was bound to. Its spans
 * are the token's, made when read, as few rules read them and the model keeps one of these for every
 * provision cited.
 */
class CitedProvision implements Provision {
  constructor(private readonly token: ProvisionToken, readonly group: ProvisionGroup, private readonly act: CatalogueAct | undefined, private readonly catalogue: Catalogue) {}

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
