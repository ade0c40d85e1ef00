import * as z from 'zod';
import { lazySchema } from '../lazy-schema';
import { normaliseHeading } from '../text/normalise';
import { REMEDY_KINDS, type DeadlineUnit, type RemedyKind } from './types';
import { PhraseTable, phraseSet } from './phrases';
import type { Profile } from '../profile/compile';
import { DEFAULT_CALENDAR, type CalendarId } from './calendar';
import { oncePer } from '../once-per';
import { BUILT_IN_VOCABULARY } from '../built-ins';

/** The words the remedy parser reads by. Kept as data: offices word their remedies differently. */
export const vocabularySchema = lazySchema(() => {
  const Phrases = z.array(z.string().min(1));

  return z.object({
    recommendedHeadings: Phrases,
    /** An action is named by the kind it mentions first; where two match at the same word, by the one listed first. */
    kinds: z.array(z.object({ kind: z.enum(REMEDY_KINDS), phrases: Phrases })),
    evidence: Phrases,
    /** Words that make a sentence an undertaking ("will", "has agreed to") rather than narrative. */
    actionWords: Phrases,
    /** Words that make it narrative after all ("has already apologised", "should have"). */
    notActions: Phrases,
    deadlines: z.object({
      starts: Phrases,
      fillers: Phrases,
      units: z.object({ month: Phrases, week: Phrases, fortnight: Phrases, day: Phrases, 'working-day': Phrases }),
      anchors: Phrases,
      finalDecision: Phrases,
      statutory: Phrases,
      eventEnds: Phrases,
      vague: Phrases,
    }),
    defaultDeadline: z.string().min(1),
    /** The deadline phrasings the house prints (house-style.md section 6), offered as completions. */
    housePhrases: z.array(z.string().min(1)).min(1),
    /** The request for evidence of compliance, after the body's name. */
    evidenceRequest: z.string().min(1),
    /** How statements name the body: the first one a section uses starts the request, else the last. */
    bodyNames: z.array(z.string().min(1)).min(1),
  });
});

export type VocabularyData = z.infer<ReturnType<typeof vocabularySchema>>;

type Unit = { unit: DeadlineUnit; times: number };

export interface Vocabulary {
  recommendedHeadings: Set<string>;
  kinds: PhraseTable<RemedyKind>;
  evidence: PhraseTable<true>;
  actionWords: PhraseTable<true>;
  notActions: PhraseTable<true>;
  starts: PhraseTable<true>;
  fillers: PhraseTable<true>;
  /** Each unit of time with how many of it one counts for ("fortnight" is two weeks). */
  units: PhraseTable<Unit>;
  anchors: Set<string>;
  finalDecision: PhraseTable<true>;
  statutory: PhraseTable<true>;
  eventEnds: Set<string>;
  vague: PhraseTable<true>;
  defaultDeadline: string;
  housePhrases: readonly string[];
  evidenceRequest: string;
  bodyNames: readonly string[];
  /** Whose working days "within 10 working days" counts: the profile's calendar. */
  calendar: CalendarId;
}

function compile(v: VocabularyData, calendar: CalendarId = DEFAULT_CALENDAR): Vocabulary {
  const d = v.deadlines;
  const unit = (list: string[], name: DeadlineUnit, times = 1) => list.map((p) => [p, { unit: name, times }] as const);
  return {
    recommendedHeadings: new Set(v.recommendedHeadings.map(normaliseHeading)),
    kinds: new PhraseTable(v.kinds.flatMap((k) => k.phrases.map((p) => [p, k.kind] as const))),
    evidence: phraseSet(v.evidence),
    actionWords: phraseSet(v.actionWords),
    notActions: phraseSet(v.notActions),
    starts: phraseSet(d.starts),
    fillers: phraseSet(d.fillers),
    units: new PhraseTable([...unit(d.units['working-day'], 'working-day'), ...unit(d.units.month, 'month'), ...unit(d.units.week, 'week'), ...unit(d.units.fortnight, 'week', 2), ...unit(d.units.day, 'day')]),
    anchors: new Set(d.anchors),
    finalDecision: phraseSet(d.finalDecision),
    statutory: phraseSet(d.statutory),
    eventEnds: new Set(d.eventEnds),
    vague: phraseSet(d.vague),
    defaultDeadline: v.defaultDeadline,
    housePhrases: v.housePhrases,
    evidenceRequest: v.evidenceRequest,
    bodyNames: v.bodyNames,
    calendar,
  };
}

let compiled: Vocabulary | undefined;

/** The LGSCO's words, which a profile that says nothing of remedies reads by. */
export function vocabulary(): Vocabulary {
  compiled ??= compile(BUILT_IN_VOCABULARY);
  return compiled;
}

/** The words for a document of this profile: the LGSCO's, with what the profile's `remedies` replaces, counted by its calendar. */
export const vocabularyOf = oncePer((profile: Profile): Vocabulary => {
  const own = profile.data.remedies;
  if (Object.keys(own).length === 0 && profile.calendar === DEFAULT_CALENDAR) return vocabulary();
  const lgsco = BUILT_IN_VOCABULARY;
  return compile({
    ...lgsco,
    recommendedHeadings: own.recommendedHeadings ?? lgsco.recommendedHeadings,
    evidenceRequest: own.evidenceRequest ?? lgsco.evidenceRequest,
    bodyNames: own.bodyNames ?? lgsco.bodyNames,
    defaultDeadline: own.defaultDeadline ?? lgsco.defaultDeadline,
    housePhrases: own.deadlinePhrases ?? lgsco.housePhrases,
    deadlines: { ...lgsco.deadlines, finalDecision: own.decisionEvents ?? lgsco.deadlines.finalDecision },
  }, profile.calendar);
});

/** The deadline phrasings of the profile's office (the LGSCO's by default), for editors to offer. */
export function houseDeadlinePhrases(profile?: Profile): readonly string[] {
  return (profile === undefined ? vocabulary() : vocabularyOf(profile)).housePhrases;
}
