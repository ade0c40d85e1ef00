import type { Heading } from '../model/model';
import type { CalendarDate } from '../text/dates';
import type { Span } from '../types';
import type { CalendarId } from './calendar';

/** What an action does, as the house's guidance on remedies groups them (house-style.md section 6). */
export const REMEDY_KINDS = ['apology', 'payment', 'reassessment', 'review', 'training', 'policy', 'record-correction', 'evidence', 'other'] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/** A sum of money as typed, what it is worth, and how the house would write it. */
export interface Amount {
  span: Span;
  text: string;
  pence: number;
  /** The house form ("£1,000", "£250.50"), or undefined when the typed form cannot be read with certainty. */
  house: string | undefined;
  /** Empty when the amount is written as the house writes it. */
  problems: AmountProblem[];
}

export type AmountProblem =
  | 'no-separator'
  | 'misplaced-separator'
  | 'zero-pence'
  | 'short-pence'
  | 'long-pence'
  | 'space-after-sign'
  | 'no-sign'
  | 'in-words';

export type DeadlineUnit = 'month' | 'week' | 'day' | 'working-day';

/** What a period runs from: the final decision (stated, or taken as read) or another event. */
export type DeadlineAnchor = { kind: 'final-decision'; stated: boolean } | { kind: 'event'; text: string };

export type DeadlineTerm =
  /** `calendar` is the profile's: whose bank holidays a count in working days skips. */
  | { kind: 'period'; quantity: number; unit: DeadlineUnit; anchor: DeadlineAnchor; calendar: CalendarId }
  | { kind: 'date'; date: CalendarDate }
  /** "within the statutory timescales": a real limit, but one the text does not state. */
  | { kind: 'statutory' };

export interface Deadline {
  span: Span;
  text: string;
  term: DeadlineTerm;
}

/** A phrase that sounds like a deadline but sets none ("as soon as possible", "promptly"). */
export interface VagueTime {
  span: Span;
  text: string;
}

/** The text a list of actions hangs from: "Within one month of the final decision, the Council has agreed to:". */
export interface LeadIn {
  span: Span;
  /** Its first line of text, where findings about the whole list go. */
  firstLine: Span;
  deadline?: Deadline;
  vague: VagueTime[];
}

/** Where an action's deadline was written. */
export type DeadlineSource = 'own' | 'lead-in' | 'later-paragraph';

export interface Remedy {
  /** The action's words on one line, without its list marker. */
  text: string;
  /** From its list marker (or paragraph number) to the end of its text. */
  span: Span;
  /** Its first line of text, after any marker: where findings about the action go. */
  firstLine: Span;
  /** The first sentence that says what is to be done, where a deadline is best added. */
  actionSentence: Span;
  /** The kind the action mentions first; `kinds` lists every kind it mentions, in that order. */
  kind: RemedyKind;
  kinds: RemedyKind[];
  amounts: Amount[];
  /** The deadline that governs the action, wherever it was written. */
  deadline?: Deadline;
  deadlineSource?: DeadlineSource;
  /** The due date, from the front matter's decision date, when the deadline fixes one. */
  due?: CalendarDate;
  /** Vague wording in the action itself. */
  vague: VagueTime[];
  lead?: LeadIn;
}

export interface RemedySection {
  heading: Heading;
  /** The Agreed action section, or a recommended-action heading where an office uses one. */
  kind: 'agreed' | 'recommended';
  span: Span;
  remedies: Remedy[];
  /** The end of the section's last text: the evidence request should end there. */
  contentEnd: number;
}

export interface RemedyList {
  sections: RemedySection[];
  /** Every action of every section, in document order. */
  remedies: Remedy[];
  /** From the front matter's Decision date line, when it is a real date. */
  decisionDate?: CalendarDate;
}
