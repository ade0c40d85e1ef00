import type { Span } from '../types';
import type { Deadline, RemedyKind, VagueTime } from './types';
import { sentencesOf } from './sentences';
import { timeWordsIn } from './deadlines';
import { vocabulary, type Vocabulary } from './vocabulary';
import { tokenize, type Token } from './words';
import { concatMap } from '../arrays';

/** What one stretch of remedy text says: the undertaking, its kinds and deadline, and any evidence request. */
export interface ActionText {
  /** The sentences that are not the evidence request, joined. */
  action: Span | undefined;
  /** The first of them that names a kind of remedy (else the first): where a deadline is added. */
  actionSentence: Span | undefined;
  /** In the order the text first mentions them: "apologise ... for the delay in reassessing" is an apology. */
  kinds: RemedyKind[];
  deadline?: Deadline;
  vague: VagueTime[];
  /** It reads as something the body undertakes: a kind of remedy, or "will", "has agreed to". */
  undertaking: boolean;
  /** Its first sentence says who acts ("The Council will ..."), so it is not an item of a list above it. */
  ownSubject: boolean;
  /** It reports what was done or should have been ("has already apologised"). */
  narrative: boolean;
  /** Sentences asking for evidence of compliance. */
  evidence: Span[];
}

export function readActionText(text: string, span: Span, v: Vocabulary = vocabulary()): ActionText {
  const action: { span: Span; tokens: Token[] }[] = [];
  const evidence: Span[] = [];
  for (const sentence of sentencesOf(text, span)) {
    const tokens = tokenize(text, sentence);
    if (v.evidence.find(tokens) !== undefined) evidence.push(sentence);
    else action.push({ span: sentence, tokens });
  }
  const tokens = concatMap(action, (a) => a.tokens);
  const kinds = v.kinds.valuesIn(tokens).sort((a, b) => a.at - b.at);
  const time = timeWordsIn(text, tokens, v);
  const named = kinds[0] === undefined ? action[0] : action.find((a) => a.tokens.includes(tokens[kinds[0]!.at]!));
  const read: ActionText = {
    action: action.length === 0 ? undefined : { start: action[0]!.span.start, end: action[action.length - 1]!.span.end },
    actionSentence: named?.span,
    kinds: kinds.map((k) => k.value),
    vague: time.vague,
    undertaking: kinds.length > 0 || v.actionWords.find(tokens) !== undefined,
    ownSubject: action[0] !== undefined && v.actionWords.find(action[0].tokens) !== undefined,
    narrative: v.notActions.find(tokens) !== undefined || reportsDone(tokens),
    evidence,
  };
  if (time.deadlines[0] !== undefined) read.deadline = time.deadlines[0];
  return read;
}

/** What follows "has since" or "has now" when the sentence still undertakes something: "has now agreed to pay". */
const STILL_TO_DO = new Set(['agreed', 'agree', 'undertaken', 'offered', 'accepted', 'decided', 'promised']);

/**
 * "The Council has since apologised to Ms K", "has now reviewed its policy": a report of what is done,
 * which needs no deadline, unless what was done since is an agreement to act.
 */
function reportsDone(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const has = tokens[i]!.lower;
    if ((has === 'has' || has === 'have') && (tokens[i + 1]!.lower === 'since' || tokens[i + 1]!.lower === 'now') && tokens[i + 2]!.isWord && !STILL_TO_DO.has(tokens[i + 2]!.lower)) return true;
  }
  return false;
}
