import type { Span } from '../types';
import type { Catalogue, CatalogueAct } from './catalogue';
import type { Binding, Citation, Provision } from './citations';
import type { ActMention, ProvisionGroup, ProvisionToken } from './scan';

/**
 * A citation as it is built and as rules read it: groups joined by "and" or a comma, which binding to
 * an Act may extend ("section 17 of the Act"). A text dense with citations holds tens of thousands, so
 * each is one object: its span is worked out when read, from its first group, where it ends and the Act
 * it names, rather than kept (a short-lived object costs less than one kept for every citation), and
 * the provision list, addresses and descriptions, which few citations are asked for, are worked out
 * when first read.
 */
export class Chain implements Citation {
  binding: Binding = 'none';
  mention?: ActMention;
  /** Where the citation's text ends so far: a chained group or a bound Act's name moves it on. */
  end: number;
  private listed?: Provision[];
  /** Its one group, or all of them once more than one is chained: one field, not two. */
  private chain: ProvisionGroup | ProvisionGroup[] | undefined;

  constructor(first: ProvisionGroup | undefined, end: number, private readonly catalogue: Catalogue) {
    this.chain = first;
    this.end = end;
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
    const first = Array.isArray(this.chain) ? this.chain[0] : this.chain;
    return Math.min(named?.span.start ?? Infinity, first?.start ?? Infinity);
  }

  get groups(): ProvisionGroup[] {
    const chain = this.chain;
    return Array.isArray(chain) ? chain : chain === undefined ? [] : [chain];
  }

  /** A group joined to the last by "and" or a comma. */
  add(group: ProvisionGroup): void {
    if (Array.isArray(this.chain)) this.chain.push(group);
    else this.chain = [this.chain!, group];
    this.end = group.end;
  }

  /** An Act named with no provision cited. */
  static ofMention(mention: ActMention, catalogue: Catalogue): Chain {
    const chain = new Chain(undefined, mention.span.end, catalogue);
    chain.bind(mention, 'named');
    return chain;
  }

  bind(mention: ActMention, binding: Binding, end?: number): void {
    this.mention = mention;
    this.binding = binding;
    if (end !== undefined) this.end = end;
  }

  get provisions(): Provision[] {
    if (this.listed === undefined) {
      const groups = this.groups;
      // Each group's list read once: a group that keeps its number as written makes its provision when read.
      const tokens = groups.map((group) => group.provisions);
      let count = 0;
      for (const list of tokens) count += list.length;
      // Sized exactly: an array grown by a push first makes room for 17, and a text dense with
      // citations keeps one list for each of its tens of thousands for as long as the model lives.
      const listed = new Array<Provision>(count);
      let n = 0;
      groups.forEach((group, i) => {
        for (const token of tokens[i]!) listed[n++] = new CitedProvision(token, group, this.act, this.catalogue);
      });
      this.listed = listed;
    }
    return this.listed;
  }

  get address(): string | undefined {
    return this.act === undefined ? undefined : this.catalogue.address(this.act);
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
