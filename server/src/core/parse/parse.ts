import type { Span } from '../types';
import type { Profile } from '../profile/compile';
import { LineIndex, splitLines, trimmedEnd, trimmedSpan, trimmedSpanFrom, type Line } from '../text/lines';
import type {
  Block, Clutter, DecisionModel, Heading, ListItem, Marker, MarkerStyle, NumberingMode, Paragraph, Section,
} from '../model/model';
import { classifyLine, looksLikeHeading, type LineClass } from './classify';
import { isAcceptedMatch, matchHeading } from './heading-match';
import { parseFrontMatter } from './front-matter';
import { detectNumberingMode } from './numbering-mode';
import { classifyOutcome } from './outcome';
import { findReferences } from './references';
import { clutterAt } from './clutter';
import { wordCount } from '../text/white-space';

export interface ParseOptions {
  /** `auto` detects the mode from the draft; the others impose it. */
  numbering?: NumberingMode | 'auto';
  /** Classifies every line as `classifyLine` would; the language server passes one that remembers the last lint's lines. */
  classifyLines?: (lines: readonly Line[], profile: Profile) => LineClass[];
}

type MarkerLine = Extract<LineClass, { kind: 'marker' }>;

/**
 * A short numbered line that names a person, speaks in a pronoun or opens with a past-tense verb is a
 * list item left without its full stop ("2. Discussed the issues with Mr B"), not a sub-heading.
 */
const READS_AS_ITEM = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]\b|\b(?:I|we|he|she|they|it|his|her|their)\b|^\S+ed\b/;

/**
 * Parses a draft, complete or half-typed, into the document model every rule reads. It never throws
 * on any text: whatever cannot be recognised is kept as loose text with its span.
 */
export function parseDecision(text: string, profile: Profile, options: ParseOptions = {}): DecisionModel {
  const lines = splitLines(text);
  const classes = options.classifyLines?.(lines, profile) ?? lines.map((line) => classifyLine(line.text, profile));
  const frontMatter = parseFrontMatter(lines, classes, profile);
  const body = new BodyParser(text, lines, classes, profile);
  body.run(frontMatter.bodyStartLine);
  const fm = frontMatter.frontMatter;
  const numbering = options.numbering === undefined || options.numbering === 'auto'
    ? detectNumberingMode(body.blocks)
    : { mode: options.numbering, detected: false };
  const model: DecisionModel = {
    text,
    lines,
    index: new LineIndex(lines),
    profile,
    frontMatter: fm,
    sections: body.sections,
    headings: body.headings,
    paragraphs: body.paragraphs,
    blocks: body.blocks.filter((b) => b.paragraphs.length > 0 || b.heading !== undefined),
    clutter: [...frontMatter.clutter, ...body.clutter],
    references: findReferences(text, body.paragraphs),
    numbering,
    outcome: 'unknown',
  };
  if (body.signoff) model.signoff = body.signoff;
  model.outcome = classifyOutcome(model);
  return model;
}

class BodyParser {
  readonly sections: Section[] = [];
  readonly headings: Heading[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly blocks: Block[] = [{ index: 0, paragraphs: [] }];
  readonly clutter: Clutter[] = [];
  signoff: Span | undefined;

  private paragraph: Paragraph | undefined;
  private itemStack: ListItem[] = [];
  /** Indent of top-level paragraph numbers: the first one seen sets it (web copies indent by two). */
  private topIndent: number | undefined;
  private previousBlank = true;

  constructor(
    private readonly source: string,
    private readonly lines: Line[],
    private readonly classes: LineClass[],
    private readonly profile: Profile,
  ) {}

  run(fromLine: number): void {
    for (let i = fromLine; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const cls = this.classes[i]!;
      const wasBlank = this.previousBlank;
      this.previousBlank = cls.kind === 'blank';
      switch (cls.kind) {
        case 'blank':
        case 'directive':
          if (cls.kind === 'directive') this.previousBlank = wasBlank;
          break;
        case 'clutter':
          this.closeParagraph();
          this.clutter.push(clutterAt(this.lines, this.classes, i));
          this.previousBlank = true;
          break;
        case 'signoff':
          this.closeParagraph();
          this.signoff = trimmedSpan(line);
          this.previousBlank = true;
          break;
        case 'marker':
          this.onMarker(line, cls);
          break;
        case 'bullet':
          this.onBullet(line, cls.textStart);
          break;
        default:
          this.onText(line, wasBlank);
      }
    }
    this.closeParagraph();
    this.finishSpans();
  }

  private onMarker(line: Line, cls: MarkerLine): void {
    const isTop = cls.style === 'decimal' && (this.topIndent === undefined || cls.indent <= this.topIndent + 1 || this.paragraph === undefined);
    if (isTop) {
      const textSpan = trimmedSpanFrom(line, cls.textStart);
      const heading = this.numberedHeading(line, cls, textSpan);
      if (heading) return;
      this.topIndent ??= cls.indent;
      this.startParagraph(line, markerOf(line, cls, 'decimal'), textSpan);
      return;
    }
    if (this.paragraph === undefined) {
      this.startParagraph(line, markerOf(line, cls, cls.style === 'ambiguous-roman' ? 'lower-roman' : cls.style), spanFrom(line, cls.textStart));
      return;
    }
    this.addItem(line, cls);
  }

  /** A house heading, or a short title-like line, typed with a paragraph number in front of it. */
  private numberedHeading(line: Line, cls: MarkerLine, textSpan: Span): boolean {
    const text = this.text(textSpan);
    const match = matchHeading(text, this.profile);
    const isHouse = match !== undefined && (isAcceptedMatch(match) || match.kind === 'case' || match.kind === 'variant');
    const titleLike = looksLikeHeading(text) && wordCount(text) <= 6 && !READS_AS_ITEM.test(text) && this.nextIsTopParagraph(line.index, cls.indent);
    if (!isHouse && !titleLike) return false;
    this.addHeading({ span: trimmedSpan(line), text, marker: markerOf(line, cls, 'decimal'), level: 'section', ...(isHouse ? { match } : {}) }, line.index);
    return true;
  }

  /** A sub-heading stands alone: the next content line is a paragraph of its own, not more list items. */
  private nextIsTopParagraph(from: number, indent: number): boolean {
    for (let i = from + 1; i < this.lines.length; i++) {
      const cls = this.classes[i]!;
      if (cls.kind === 'blank' || cls.kind === 'directive') continue;
      return cls.kind === 'marker' && cls.style === 'decimal' && cls.indent <= indent + 1;
    }
    return false;
  }

  private onBullet(line: Line, textStart: number): void {
    const bullet = { span: trimmedSpan(line), textSpan: spanFrom(line, textStart) };
    if (this.paragraph) {
      this.paragraph.bullets.push(bullet);
      this.paragraph.span.end = bullet.span.end;
    } else {
      this.currentSection()?.looseText.push(bullet.span);
    }
  }

  private onText(line: Line, afterBlank: boolean): void {
    const span = trimmedSpan(line);
    const text = this.text(span);
    const match = matchHeading(text, this.profile);
    const standsAlone = afterBlank || this.paragraph === undefined;
    const isHeading = match !== undefined && match.kind !== 'near'
      ? looksLikeHeading(text) || afterBlank
      : standsAlone && looksLikeHeading(text);
    if (isHeading) {
      this.addHeading({ span, text, level: 'section', ...(match ? { match } : {}) }, line.index);
      return;
    }
    if (this.paragraph && !afterBlank) {
      this.paragraph.span.end = span.end;
      return;
    }
    this.closeParagraph();
    this.currentSection()?.looseText.push(span);
  }

  private addHeading(heading: Heading, lineIndex: number): void {
    this.closeParagraph();
    const current = this.currentSection();
    const spec = heading.match && this.profile.sectionById.get(heading.match.sectionId);
    // The look ahead is asked only of a heading that would otherwise start a section of its own.
    const free = current?.id !== undefined && (this.isFreeSubheading(heading, current.id) || (spec !== undefined && !spec.subheadingOf.includes(current.id) && this.isNamedLater(heading, current.id, lineIndex)));
    if (free) delete heading.match;
    const nestsHere = free || (current?.id !== undefined && spec !== undefined && spec.subheadingOf.includes(current.id));
    const houseSection = spec !== undefined && !nestsHere;
    if (!houseSection && current !== undefined) {
      heading.level = 'subheading';
      current.subheadings.push(heading);
    } else {
      const section: Section = { heading, span: { ...heading.span }, subheadings: [], paragraphs: [], looseText: [] };
      if (spec) section.id = spec.id;
      this.sections.push(section);
    }
    this.headings.push(heading);
    this.blocks.push({ index: this.blocks.length, heading, paragraphs: [] });
  }

  /**
   * Inside What I found, a heading worded like an earlier house section ("Complaint", "Assessment") is
   * the investigator's own sub-heading; a later section's wording ("Agreed actions") still ends it.
   */
  private isFreeSubheading(heading: Heading, currentId: string): boolean {
    const current = this.profile.sectionById.get(currentId);
    if (heading.match?.kind !== 'variant' || !current?.holdsSubheadings) return false;
    return this.profile.rank.get(heading.match.sectionId)! <= this.profile.rank.get(currentId)!;
  }

  /**
   * Inside What I found, a heading that names a later section by another of its names ("Decision") is
   * the investigator's own sub-heading when the section's house heading ("Final decision") comes
   * further down: otherwise the draft would seem to hold that section twice, the first out of order.
   */
  private isNamedLater(heading: Heading, currentId: string, lineIndex: number): boolean {
    const kind = heading.match?.kind;
    if ((kind !== 'alias' && kind !== 'variant') || !this.profile.sectionById.get(currentId)?.holdsSubheadings) return false;
    for (let i = lineIndex + 1; i < this.lines.length; i++) {
      const text = this.lines[i]!.text.trim();
      const later = text.length <= this.profile.longestShortLine ? matchHeading(text, this.profile) : undefined;
      if (later?.sectionId === heading.match!.sectionId && later.kind === 'canonical') return true;
    }
    return false;
  }

  private startParagraph(line: Line, marker: Marker, textSpan: Span): void {
    this.closeParagraph();
    const block = this.blocks[this.blocks.length - 1]!;
    const paragraph: Paragraph = {
      marker,
      span: { start: marker.span.start, end: trimmedEnd(line) },
      textSpan,
      items: [],
      bullets: [],
      block: block.index,
      sectionIndex: this.sections.length - 1,
    };
    if (marker.style === 'decimal') paragraph.number = marker.value;
    block.paragraphs.push(paragraph);
    this.paragraphs.push(paragraph);
    this.currentSection()?.paragraphs.push(paragraph);
    this.paragraph = paragraph;
  }

  private addItem(line: Line, cls: MarkerLine): void {
    const paragraph = this.paragraph!;
    while (this.itemStack.length > 0 && this.itemStack[this.itemStack.length - 1]!.indent >= cls.indent) {
      const top = this.itemStack[this.itemStack.length - 1]!;
      if (top.indent === cls.indent) break;
      this.itemStack.pop();
    }
    const top = this.itemStack[this.itemStack.length - 1];
    const sameLevel = top !== undefined && top.indent === cls.indent;
    const siblings = sameLevel ? this.siblingsOfTop() : top ? top.children : paragraph.items;
    const previous = sameLevel ? top : undefined;
    const style = resolveStyle(cls, previous?.marker);
    const item: ListItem = {
      marker: markerOf(line, cls, style),
      depth: sameLevel ? top.depth : (top?.depth ?? 0) + 1,
      indent: cls.indent,
      span: trimmedSpan(line),
      textSpan: spanFrom(line, cls.textStart),
      children: [],
    };
    siblings.push(item);
    if (sameLevel) this.itemStack.pop();
    this.itemStack.push(item);
    paragraph.span.end = item.span.end;
  }

  /** The list the innermost open item belongs to. */
  private siblingsOfTop(): ListItem[] {
    const parent = this.itemStack[this.itemStack.length - 2];
    return parent ? parent.children : this.paragraph!.items;
  }

  private closeParagraph(): void {
    this.paragraph = undefined;
    this.itemStack = [];
  }

  private currentSection(): Section | undefined {
    return this.sections[this.sections.length - 1];
  }

  private text(span: Span): string {
    return this.source.slice(span.start, span.end);
  }

  /** A section runs from its heading to the last content before the next section's heading. */
  private finishSpans(): void {
    // Loops rather than one array of every end: a long section's array would be spread into Math.max.
    for (const section of this.sections) {
      let end = section.heading.span.end;
      for (const p of section.paragraphs) end = Math.max(end, p.span.end);
      for (const h of section.subheadings) end = Math.max(end, h.span.end);
      for (const s of section.looseText) end = Math.max(end, s.end);
      section.span.end = end;
    }
  }
}

function markerOf(line: Line, cls: MarkerLine, style: MarkerStyle): Marker {
  const value = style === 'lower-alpha' || style === 'upper-alpha' ? cls.alphaValue : cls.value;
  return { text: cls.raw, span: { start: line.start + cls.markerStart, end: line.start + cls.markerEnd }, style, value };
}

/** "i" after "h" is a letter; anywhere else a single i, v or x starts or continues a roman list. */
function resolveStyle(cls: MarkerLine, previous: Marker | undefined): MarkerStyle {
  if (cls.style !== 'ambiguous-roman') return cls.style;
  if (previous?.style === 'lower-alpha') return 'lower-alpha';
  return 'lower-roman';
}

/** From `from`, a distance into the line, to the end of the line's text. */
function spanFrom(line: Line, from: number): Span {
  const start = line.start + from;
  return { start, end: Math.max(start, trimmedEnd(line)) };
}
