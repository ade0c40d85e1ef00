import type { Span } from '../types';
import type { Line, LineIndex } from '../text/lines';
import type { OutcomeCase } from '../profile/schema';
import type { Profile } from '../profile/compile';

/** A `Label : value` line of the front matter. */
export interface Field {
  span: Span;
  label: string;
  value: string;
  valueSpan: Span;
}

export interface Title {
  span: Span;
  bodyName: string;
  /** The text inside the last brackets, whatever its shape; `undefined` when the title has none. */
  reference?: { text: string; span: Span };
}

export interface FrontMatter {
  title?: Title;
  category?: Field;
  decision?: Field;
  date?: Field;
  status?: { span: Span; kind: 'final' | 'draft' };
  summary?: Field;
  /** From the start of the text to the first section heading or numbered paragraph. */
  span: Span;
}

export type MarkerStyle = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman';

export interface Marker {
  /** The marker as typed, "12." or "b)" or "(iii)". */
  text: string;
  span: Span;
  style: MarkerStyle;
  /** 12 for "12.", 2 for "b)", 3 for "iii.". */
  value: number;
}

/** A numbered or lettered item inside a paragraph. */
export interface ListItem {
  marker: Marker;
  depth: number;
  indent: number;
  span: Span;
  textSpan: Span;
  children: ListItem[];
}

export interface Bullet {
  span: Span;
  textSpan: Span;
}

/** A top-level paragraph: numbered in house style, unnumbered only by mistake or in a copy. */
export interface Paragraph {
  marker?: Marker;
  number?: number;
  /** First line to last continuation, nested item or bullet. */
  span: Span;
  /** The paragraph's own first line of text, after its marker. */
  textSpan: Span;
  items: ListItem[];
  bullets: Bullet[];
  /** The numbering block (run of paragraphs between two headings) it belongs to. */
  block: number;
  sectionIndex: number;
}

export type HeadingMatchKind = 'canonical' | 'alias' | 'variant' | 'case' | 'near' | 'prefix';

export interface HeadingMatch {
  sectionId: string;
  kind: HeadingMatchKind;
  canonical: string;
}

export interface Heading {
  span: Span;
  text: string;
  /** The section of the house it names, if any (exactly, or nearly: see `kind`). */
  match?: HeadingMatch;
  /** Set when the heading was typed as a numbered paragraph ("15. Other matters"). */
  marker?: Marker;
  level: 'section' | 'subheading';
}

export interface Section {
  heading: Heading;
  /** The house section id, or undefined for a heading the house does not know. */
  id?: string;
  span: Span;
  subheadings: Heading[];
  paragraphs: Paragraph[];
  /** Unnumbered lines of body text (not headings, clutter or directives). */
  looseText: Span[];
}

export interface Clutter {
  span: Span;
  /** From the start of the line to the start of the next content line, for removal. */
  removal: Span;
  text: string;
}

export interface Block {
  index: number;
  /** The heading that opened it; undefined for paragraphs before any heading. */
  heading?: Heading;
  paragraphs: Paragraph[];
}

export type NumberingMode = 'continuous' | 'restart';

/** A cross-reference to the statement's own paragraphs: "see paragraph 12", "paragraphs 3 to 5". */
export interface ParagraphReference {
  span: Span;
  /** Each paragraph number it names; a range names every number in it (the inner ones share the range's span). */
  targets: { number: number; span: Span }[];
  /** The paragraph the reference is written in. */
  from: Paragraph;
}

export interface DecisionModel {
  text: string;
  lines: Line[];
  index: LineIndex;
  profile: Profile;
  frontMatter: FrontMatter;
  sections: Section[];
  headings: Heading[];
  /** Every top-level paragraph in document order. */
  paragraphs: Paragraph[];
  blocks: Block[];
  clutter: Clutter[];
  references: ParagraphReference[];
  signoff?: Span;
  numbering: { mode: NumberingMode; detected: boolean };
  outcome: OutcomeCase;
}
