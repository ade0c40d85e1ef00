import { defineRule } from '../engine/rule';
import type { DecisionModel } from '../model/model';
import { peopleOf, RELATIVE } from '../people/register';
import { nameOf, sameGroup } from '../people/titles';
import type { Drift, PeopleRegister, Person } from '../people/types';
import type { Report, Span } from '../types';
import { replace } from './util';

export default defineRule({
  meta: {
    id: 'pseudonym-drift',
    description: 'A person named with a different title or letter from the one they were given: a complainant introduced as Miss X later "Mrs X" or "Mr X", a child given a title, a child given the complainant\'s letter, a person named only in the Final decision.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
  },
  check({ model, report }) {
    const register = peopleOf(model);
    for (const drift of register.drifts) report(drift.kind === 'title' ? titleDrift(model, register, drift) : childTitled(model, drift));
    for (const stray of strangersInFinalDecision(model, register)) report(stray);
    for (const shared of register.shared.filter((s) => s.certain)) {
      const [first, child] = shared.people;
      report({
        message: `Child "${child.letter}" has the letter of ${nameOf(first)} (line ${lineOf(model, first)}): give the child a letter of their own.`,
        span: shared.span,
        related: [{ message: `${nameOf(first)} is named here.`, span: first.firstMention }],
      });
    }
  },
});

/**
 * An adult named in the Final decision and nowhere else: "caused Mr B an injustice" left from another
 * statement, where the complainant is Mrs F. Everyone a Final decision names has been met in the body.
 */
function strangersInFinalDecision(model: DecisionModel, register: PeopleRegister): Report[] {
  const final = model.sections.find((s) => s.id === 'final-decision')?.span;
  const { complainant } = register;
  if (final === undefined || complainant === undefined) return [];
  const within = (span: Span) => final.start <= span.start && span.end <= final.end;
  return register.people
    // A person the register holds with no mention of their own ("Mr and Mrs Y", read as a couple) is no stranger.
    .filter((p) => p !== complainant && p.role !== 'child' && p.mentions.length > 0 && p.mentions.every((m) => within(m.span)))
    .map((stranger) => ({
      message: `"${nameOf(stranger)}" is named only in the Final decision. Did you mean the complainant, "${nameOf(complainant)}"?`,
      span: stranger.mentions[0]!.span,
      suggestions: [{ description: `Replace with "${nameOf(complainant)}"`, fix: replace(stranger.mentions[0]!.span, nameOf(complainant)) }],
      related: [{ message: `${nameOf(complainant)} is introduced here.`, span: complainant.firstMention }],
    }));
}

/** "Ms K's mother, Mrs K": a titled letter written after a relation word is another person, so a drift onto it is never fixed. */
function introducedAsRelative(text: string, typed: string): boolean {
  for (let at = text.indexOf(typed); at >= 0; at = text.indexOf(typed, at + 1)) {
    const word = wordBefore(text, at);
    if (word !== '' && RELATIVE.test(word)) return true;
  }
  return false;
}

/** The word before `at`, past the spaces and any comma between them: "mother" in "mother, Mrs K". */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  if (text[end - 1] === ',') end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function lineOf(model: DecisionModel, person: Person): number {
  return model.index.positionAt(person.firstMention.start).line + 1;
}

/**
 * A swap between Ms, Mrs and Miss on the complainant's own letter is certainly the complainant, so it
 * is fixed. A change of sex ("Mr X" for Miss X) is more often another person given the wrong letter
 * (the son called by his mother's letter), so it is only suggested, with the likely other person.
 */
function titleDrift(model: DecisionModel, register: PeopleRegister, drift: Drift): Report {
  const { mention, registered } = drift;
  const typed = `${mention.title} ${registered.letter}`;
  const who = registered.role === 'complainant' ? 'the complainant was introduced as' : `${registered.letter} was first named as`;
  const certain =
    registered.role === 'complainant' &&
    sameGroup(mention.title, registered.title!) &&
    register.people.filter((p) => p.letter === registered.letter).length === 1 &&
    !introducedAsRelative(model.text, typed);
  const others = register.people.filter((p) => p.title === mention.title && p.letter !== registered.letter);
  const likely = !sameGroup(mention.title, registered.title!) && others.length === 1 ? others[0] : undefined;
  const hint = likely === undefined ? '' : ` Did you mean "${nameOf(likely)}"?`;
  const suggestions = [likely, registered].filter((p): p is Person => p !== undefined).map((p) => ({ description: `Replace with "${nameOf(p)}"`, fix: replace(mention.span, nameOf(p)) }));
  return {
    message: `"${typed}": ${who} "${nameOf(registered)}" (line ${lineOf(model, registered)}).${hint}`,
    span: mention.span,
    ...(certain ? { fix: replace(mention.span, nameOf(registered)) } : { suggestions }),
    related: [{ message: `${nameOf(registered)} is introduced here.`, span: registered.firstMention }],
  };
}

function childTitled(model: DecisionModel, drift: Drift): Report {
  const { mention, registered } = drift;
  return {
    message: `"${mention.title} ${registered.letter}": ${registered.letter} is a child (line ${lineOf(model, registered)}), and the house names children by a bare letter.`,
    span: mention.span,
    suggestions: [{ description: `Replace with "${registered.letter}"`, fix: replace(mention.span, registered.letter) }],
    related: [{ message: `${registered.letter} is introduced here.`, span: registered.firstMention }],
  };
}
