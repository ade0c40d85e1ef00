import type { DecisionModel } from '../model/model';
import { oncePer } from '../once-per';
import { parseUkDate, type CalendarDate } from '../text/dates';
import type { Span } from '../types';
import type { Deadline, DeadlineSource, LeadIn, Remedy, RemedyList, RemedySection } from './types';
import { readActionText, type ActionText } from './action-text';
import { amountsIn } from './amounts';
import { dueDate } from './due-date';
import { outlineOf, type Entry } from './outline';
import { remedyRegions, type Region, type Unit } from './regions';
import { phraseSet } from './phrases';
import { tokenize, type Token } from './words';
import { vocabularyOf, type Vocabulary } from './vocabulary';
import { concatMap } from '../arrays';

/**
 * The remedies of a statement: each action of its Agreed action section (and of any
 * recommended-action heading) with its kind, amounts, deadline and due date. Worked out once per
 * model, for the rules, the CLI's remedies export and the language server's outline and hovers.
 */
export const remediesOf: (model: DecisionModel) => RemedyList = oncePer(buildList);

/** The action under an offset of the text (its marker, words or deadline), for hovers. */
export function remedyAt(model: DecisionModel, offset: number): Remedy | undefined {
  return remediesOf(model).remedies.find((r) => r.span.start <= offset && offset <= r.span.end);
}

/** The front matter's Decision date, when it is a real date. */
export function decisionDateOf(model: DecisionModel): CalendarDate | undefined {
  const value = model.frontMatter.date?.value;
  return value === undefined ? undefined : parseUkDate(value);
}

function buildList(model: DecisionModel): RemedyList {
  const decisionDate = decisionDateOf(model);
  const sections = remedyRegions(model).map((region) => readRegion(model, region, decisionDate));
  const list: RemedyList = { sections, remedies: concatMap(sections, (s) => s.remedies) };
  if (decisionDate !== undefined) list.decisionDate = decisionDate;
  return list;
}

interface Governing {
  deadline: Deadline;
  source: DeadlineSource;
}

/** An action's own deadline wins over the one of the lead-in it is listed under. */
function governingDeadline(own: Deadline | undefined, fromLead: Deadline | undefined): Governing | undefined {
  if (own !== undefined) return { deadline: own, source: 'own' };
  return fromLead === undefined ? undefined : { deadline: fromLead, source: 'lead-in' };
}

/**
 * Words by which a paragraph with a deadline and no remedy of its own points back at actions before it
 * ("The Council should take this action within one month", and the Lambeth decision's "take his
 * action"). Without them it is an action of its own
 * ("The council should make sure that ... within three months"), whatever kind of remedy it is.
 */
const REFERS_BACK = phraseSet(['take ~ action', 'take ~ actions', 'this action', 'these actions', 'that action', 'those actions', 'the above', 'do so', 'do this', 'do that', 'both', 'them', 'all of', 'each of', 'each action']);

/** "these actions", "the above": a closing deadline paragraph that covers every action before it. */
const COVERS_ALL = phraseSet(['these', 'above', 'all', 'both', 'them', 'actions']);

function readRegion(model: DecisionModel, region: Region, decisionDate: CalendarDate | undefined): RemedySection {
  const reader = new RegionReader(model, decisionDate);
  for (const unit of region.units) reader.read(unit);
  const last = region.units[region.units.length - 1];
  const contentEnd = last?.span.end ?? region.heading.span.end;
  return { heading: region.heading, kind: region.kind, span: { start: region.heading.span.start, end: contentEnd }, remedies: reader.remedies, contentEnd };
}

class RegionReader {
  readonly remedies: Remedy[] = [];
  /**
   * A paragraph ending in a colon with no list of its own: the paragraphs after it are its list, up to
   * one that says who acts ("The Council will ...").
   */
  private openLead: LeadIn | undefined;
  private previousUnit: Remedy[] = [];
  private sinceLastCarrier: Remedy[] = [];
  private readonly words: Vocabulary;

  constructor(
    private readonly model: DecisionModel,
    private readonly decisionDate: CalendarDate | undefined,
  ) {
    this.words = vocabularyOf(model.profile);
  }

  read(unit: Unit): void {
    const made = unit.kind === 'paragraph' && (unit.paragraph.items.length > 0 || unit.paragraph.bullets.length > 0)
      ? this.readList(unit)
      : this.readPlain(unit);
    // One at a time: a paragraph of many thousand bullets would overflow push(...made).
    for (const remedy of made) this.remedies.push(remedy);
    const actions = made.filter((r) => r.kind !== 'evidence');
    if (actions.length > 0) this.previousUnit = actions;
    for (const action of actions) this.sinceLastCarrier.push(action);
  }

  private readList(unit: Extract<Unit, { kind: 'paragraph' }>): Remedy[] {
    const outline = outlineOf(this.model.text, unit.paragraph);
    const lead = this.leadIn(outline.lead, readActionText(this.model.text, outline.lead, this.words));
    return concatMap(outline.entries, (entry) => this.readEntry(entry, lead, undefined));
  }

  private readEntry(entry: Entry, lead: LeadIn, inherited: Deadline | undefined): Remedy[] {
    const read = readActionText(this.model.text, entry.text, this.words);
    // An item that names a remedy is one action, whatever it lists under it ("pay Ms K £500, which it
    // may do by: i. bank transfer; or ii. cheque"); an item that names none leads into its own list.
    if (entry.children.length > 0 && read.kinds.length === 0) return concatMap(entry.children, (child) => this.readEntry(child, lead, read.deadline ?? inherited));
    const remedies = this.evidenceOf(read);
    if (read.action !== undefined) {
      const governing = governingDeadline(read.deadline, inherited ?? lead.deadline);
      remedies.unshift(this.remedy({ start: entry.span.start, end: Math.max(read.action.end, lastEnd(entry)) }, entry.text.start, read, governing, lead));
    }
    return remedies;
  }

  private readPlain(unit: Unit): Remedy[] {
    const textStart = unit.kind === 'paragraph' ? unit.paragraph.textSpan.start : unit.span.start;
    const read = readActionText(this.model.text, { start: textStart, end: unit.span.end }, this.words);
    const remedies = this.evidenceOf(read);
    if (read.ownSubject) this.openLead = undefined;
    if (read.action === undefined || read.narrative) return remedies;
    if (this.model.text.slice(read.action.start, read.action.end).endsWith(':') && read.kinds.length === 0) {
      this.openLead = this.leadIn(read.action, read);
      return remedies;
    }
    const tokens = read.kinds.length === 0 && read.deadline !== undefined ? tokenize(this.model.text, read.action) : undefined;
    if (tokens !== undefined && REFERS_BACK.find(tokens) !== undefined) {
      this.carry(read.deadline!, tokens);
      return remedies;
    }
    if (!read.undertaking) return remedies;
    const lead = this.openLead;
    remedies.unshift(this.remedy({ start: unit.span.start, end: read.action.end }, textStart, read, governingDeadline(read.deadline, lead?.deadline), lead));
    return remedies;
  }

  /** A paragraph that only sets a deadline ("The Council should take this action within one month"). */
  private carry(deadline: Deadline, tokens: readonly Token[]): void {
    const targets = COVERS_ALL.find(tokens) !== undefined ? this.sinceLastCarrier : this.previousUnit;
    for (const remedy of targets) {
      if (remedy.deadline !== undefined) continue;
      remedy.deadline = deadline;
      remedy.deadlineSource = 'later-paragraph';
      this.setDue(remedy);
    }
    this.sinceLastCarrier = [];
    this.previousUnit = [];
  }

  private leadIn(span: Span, read: ActionText): LeadIn {
    const lead: LeadIn = { span, firstLine: this.firstLine(span.start, span.end), vague: read.vague };
    if (read.deadline !== undefined) lead.deadline = read.deadline;
    return lead;
  }

  private evidenceOf(read: ActionText): Remedy[] {
    return read.evidence.map((sentence) => {
      const request: ActionText = { action: sentence, actionSentence: sentence, kinds: ['evidence'], vague: [], undertaking: true, ownSubject: true, narrative: false, evidence: [] };
      return this.remedy(sentence, sentence.start, request, undefined, undefined);
    });
  }

  private remedy(span: Span, textStart: number, read: ActionText, governing: Governing | undefined, lead: LeadIn | undefined): Remedy {
    const textSpan = { start: textStart, end: span.end };
    const remedy: Remedy = {
      text: this.model.text.slice(textSpan.start, textSpan.end).replace(/\s+/g, ' ').trim(),
      span,
      firstLine: this.firstLine(textStart, span.end),
      actionSentence: read.actionSentence ?? textSpan,
      kind: read.kinds[0] ?? 'other',
      kinds: read.kinds.length > 0 ? read.kinds : ['other'],
      amounts: amountsIn(this.model.text, textSpan),
      vague: read.vague,
    };
    if (lead !== undefined) remedy.lead = lead;
    if (governing !== undefined) {
      remedy.deadline = governing.deadline;
      remedy.deadlineSource = governing.source;
      this.setDue(remedy);
    }
    return remedy;
  }

  private setDue(remedy: Remedy): void {
    const due = remedy.deadline && dueDate(remedy.deadline.term, this.decisionDate);
    if (due !== undefined) remedy.due = due;
  }

  /** From `start` to the end of its line, or to `end` if that comes first. */
  private firstLine(start: number, end: number): Span {
    const line = this.model.lines[this.model.index.positionAt(start).line]!;
    return { start, end: Math.max(start, Math.min(end, line.start + line.text.trimEnd().length)) };
  }
}

/** Where an item ends with everything listed under it. */
function lastEnd(entry: Entry): number {
  const last = entry.children[entry.children.length - 1];
  return last === undefined ? entry.span.end : Math.max(entry.span.end, lastEnd(last));
}
