import type { DecisionModel } from '../model/model';
import type { Span } from '../types';
import { matchesIn, type Region } from './regions';
import { concatMap } from '../arrays';
import { sentencesToTry } from './sentences';
import { amountsIn } from '../remedies/amounts';
import type { Amount } from '../remedies/types';

/**
 * "No fault" in its usual phrasings, and the Housing Ombudsman's "no maladministration". A statement that finds fault on one point and none on another
 * says both, so a no-fault phrase counts against an upheld decision only when no fault is found at all.
 */
const NO_FAULT = /\b(?:no fault|not at fault|(?:did|do|does) not find (?:any )?fault|without fault|no evidence of fault|no maladministration)\b/gi;
/**
 * Fault stated as found: "was fault", "found fault", "at fault", "amount to fault", the Housing
 * Ombudsman's "there was maladministration", and a complaint upheld ("I uphold Ms K's complaint about
 * the delay", "We upheld the first part"), which says there was fault on that point.
 */
const FAULT = /\b(?:(?:was|is|were|are|found|find|amounts? to|amounted to|caused by|at) fault|fault (?:by|caused|which caused|that caused)|(?:was|is|were|are|found|find|amounts? to|amounted to) (?:severe )?maladministration|(?:I|we) (?:have )?(?:partly )?uphold|(?:I|we) (?:have )?(?:partly )?upheld)\b/gi;

/**
 * A word that may turn "was at fault" round: "I do not consider the Council was at fault", "we have
 * not found the Council was at fault", "it is unlikely we would find fault".
 */
const NEGATION = /\b(?:not|no|never|nor|cannot|without|unlikely)\b|n't\b/i;

export interface FaultEvidence {
  /** Phrases saying no fault was found. */
  none: Span[];
  /** Phrases saying fault was found. */
  found: Span[];
  /** Those of `found` in a sentence with no negation in it, which nothing else in it can turn round. */
  plainlyFound: Span[];
}

export function faultEvidence(regions: readonly Region[]): FaultEvidence {
  const none = matchesIn(regions, NO_FAULT);
  const found = matchesIn(regions, FAULT).filter((f) => !none.some((n) => n.start <= f.start && f.end <= n.end));
  const plainlyFound = found.filter((f) => {
    const region = regions.find((r) => r.span.start <= f.start && f.end <= r.span.end)!;
    return !NEGATION.test(sentenceAround(region, f.start - region.span.start));
  });
  return { none, found, plainlyFound };
}

/** The evidence of two stretches read together, each read once: the Summary's and the Final decision's. */
export function togetherWith(a: FaultEvidence, b: FaultEvidence): FaultEvidence {
  return { none: [...a.none, ...b.none], found: [...a.found, ...b.found], plainlyFound: [...a.plainlyFound, ...b.plainlyFound] };
}

/**
 * The sentence of a region around an offset in it, from the stop before to the stop after. Only the few
 * sentences that state fault are read, so a Final decision of any length is not split into sentences.
 */
function sentenceAround(region: Region, at: number): string {
  const { text } = region;
  let start = at;
  while (start > 0 && !SENTENCE_STOPS.includes(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_STOPS.includes(text[end]!)) end++;
  return text.slice(start, end);
}

const SENTENCE_STOPS = '.!?\n';

/** Where the text says the body has agreed to act now, not that it had already put things right. */
export function agreedRemedy(model: DecisionModel, regions: readonly Region[]): Span | undefined {
  for (const r of regions) {
    if (model.profile.alreadyRemedied.some((p) => p.test(r.text))) continue;
    for (const pattern of model.profile.remedyAgreed) {
      const m = pattern.exec(r.text);
      if (m) return { start: r.span.start + m.index, end: r.span.start + m.index + m[0].length };
    }
  }
  return undefined;
}

/** Remedies a Summary or Final decision names plainly enough to look for in Agreed action. */
const NAMED_KINDS = [
  { kind: 'apology', words: /\bapologi[sz](?:e|es|ing)\b|\bapology\b/i, label: 'an apology' },
  { kind: 'payment', words: /\bpay(?:s|ing)?\b|\bpayment\b|\u00a3\d/i, label: 'a payment' },
] as const;

export interface PromisedRemedy {
  kind: (typeof NAMED_KINDS)[number]['kind'];
  label: string;
  span: Span;
}

/** The apologies and payments a sentence says the body has agreed to (not ones it had already made). */
export function promisedRemedies(model: DecisionModel, regions: readonly Region[]): PromisedRemedy[] {
  const sentences = concatMap(regions, (region) => sentencesToTry(region, model.profile.remedyAgreed));
  return concatMap(sentences, (span) => {
    const sentence = model.text.slice(span.start, span.end);
    if (!model.profile.remedyAgreed.some((p) => p.test(sentence)) || model.profile.alreadyRemedied.some((p) => p.test(sentence))) return [];
    return NAMED_KINDS.filter((k) => k.words.test(sentence)).map((k) => ({ kind: k.kind, label: k.label, span }));
  });
}

/** What comes before a sum the body has agreed to pay: "pay Mr B £150", "a payment of £150", "refund £120". */
const PAYING = /\b(?:pay|pays|paying|payments? of|refund|refunds|refunding|reimburse|reimbursing)\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]\s+|(?:him|her|them)\s+)?(?:a total of\s+|a further\s+|an additional\s+)?$/;
/** How far before a sum `PAYING` is looked for: "payments of a total of ". */
const PAYING_WINDOW = 48;

/** The sums a Summary or Final decision says the body has agreed to pay, in the sentences of `promised` (from `promisedRemedies`) that promise a payment. */
export function promisedPayments(model: DecisionModel, regions: readonly Region[], promised: readonly PromisedRemedy[]): Amount[] {
  const sentences = promised.filter((p) => p.kind === 'payment').map((p) => p.span);
  // Read over whole regions, not sentence by sentence: the sentence pattern stops at the point of "£250.50".
  return concatMap(regions, (r) => amountsIn(model.text, r.span)).filter(
    (a) => sentences.some((s) => s.start <= a.span.start && a.span.start < s.end) && PAYING.test(model.text.slice(Math.max(0, a.span.start - PAYING_WINDOW), a.span.start)),
  );
}

