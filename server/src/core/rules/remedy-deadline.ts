import { defineRule } from '../engine/rule';
import type { Span } from '../types';
import { sentencesOf } from '../remedies/sentences';
import { remediesOf } from '../remedies/remedies';
import type { LeadIn, Remedy, VagueTime } from '../remedies/types';
import { deadlineInsertionPoint, matchCase, prefixDeadline } from '../remedies/wording';
import { vocabularyOf } from '../remedies/vocabulary';
import type { Report, Suggestion } from '../types';

export default defineRule({
  meta: {
    id: 'remedy-deadline',
    description: 'An agreed or recommended action has no deadline, or only a vague one such as "as soon as possible".',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check({ model, report }) {
    const text = model.text;
    // The deadline the office writes by default, and how it names the body, come from the profile.
    const { defaultDeadline, bodyNames } = vocabularyOf(model.profile);
    const house: House = { text, deadline: defaultDeadline, body: bodyNames[0]! };
    const actions = remediesOf(model).remedies.filter((r) => r.kind !== 'evidence');
    const undated = actions.filter((r) => r.deadline === undefined);
    // Vague words in an action outweigh the deadline of its lead-in, or its own deadline in another
    // sentence ("... It will also train its officers as soon as possible."): the two read as a contradiction.
    for (const remedy of actions) {
      const vague = remedy.vague[0];
      if (remedy.deadline === undefined || vague === undefined) continue;
      if (remedy.deadlineSource !== 'own' || !sameSentence(text, remedy.span, remedy.deadline.span, vague.span)) report(vagueUnderDeadline(text, vague, remedy.deadline.text));
    }
    const datedLeads = new Set<LeadIn>();
    for (const remedy of actions) if (remedy.deadline !== undefined && remedy.lead !== undefined) datedLeads.add(remedy.lead);
    const reportedLeads = new Set<LeadIn>();
    for (const remedy of undated) {
      const lead = remedy.lead;
      if (lead !== undefined && !datedLeads.has(lead)) {
        if (!reportedLeads.has(lead)) report(leadReport(house, lead));
        reportedLeads.add(lead);
        continue;
      }
      report(remedy.vague[0] ? vagueReport(house, remedy.vague[0], remedy) : missingReport(house, remedy));
    }
  },
});

/** Whether two spans of one action lie in one sentence of it, as the remedies reader splits them. */
function sameSentence(text: string, action: Span, a: Span, b: Span): boolean {
  return sentencesOf(text, action).some((s) => s.start <= a.start && a.end <= s.end && s.start <= b.start && b.end <= s.end);
}

/** The text, and the office's default deadline and name for the body, which the fixes write. */
interface House {
  text: string;
  deadline: string;
  body: string;
}

function leadReport(house: House, lead: LeadIn): Report {
  const { text, deadline } = house;
  const vague = lead.vague[0];
  if (vague !== undefined) return vagueReport(house, vague, undefined);
  const firstWord = /^[\p{L}']*/u.exec(text.slice(lead.span.start, lead.span.end))![0];
  return {
    message: `None of the actions listed here has a deadline: give the list one, such as "${prefixDeadline(`${house.body} has agreed to:`, deadline)}".`,
    span: lead.firstLine,
    suggestions: [{ description: `Start the lead-in with "${deadline}"`, fix: { edits: [{ range: [lead.span.start, lead.span.start + firstWord.length], text: prefixDeadline(firstWord, deadline) }] } }],
  };
}

function missingReport({ text, deadline }: House, remedy: Remedy): Report {
  const at = deadlineInsertionPoint(text, remedy.actionSentence);
  return {
    message: `This action has no deadline: every action needs one, such as "${deadline}".`,
    span: remedy.firstLine,
    suggestions: [{ description: `Add "${deadline}"`, fix: { edits: [{ range: [at, at], text: ` ${deadline}` }] } }],
  };
}

/**
 * Where the vague words end the clause ("... Mr B as soon as possible.") they are replaced in place;
 * elsewhere ("will promptly apologise") they are removed and the deadline goes at the end.
 */
function vagueReport(house: House, vague: VagueTime, remedy: Remedy | undefined): Report {
  const { text, deadline } = house;
  const replacement = matchCase(text.slice(vague.span.start, vague.span.end), deadline);
  const endsClause = /^\s*(?:[.;:,!?]|$)/.test(text.slice(vague.span.end, vague.span.end + 2));
  const suggestion: Suggestion = endsClause || remedy === undefined
    ? { description: `Replace "${vague.text}" with "${deadline}"`, fix: { edits: [{ range: [vague.span.start, vague.span.end], text: replacement }] } }
    : moveDeadline(house, vague, remedy);
  return {
    message: `"${vague.text}" is not a deadline: give a time, such as "${deadline}".`,
    span: vague.span,
    suggestions: [suggestion],
  };
}

/** The vague words are dropped, so that the deadline the action already has is the only one it reads. */
function vagueUnderDeadline(text: string, vague: VagueTime, deadline: string): Report {
  const start = text[vague.span.start - 1] === ' ' ? vague.span.start - 1 : vague.span.start;
  return {
    message: `"${vague.text}" is not a deadline, and reads against the one that applies here ("${deadline}"): remove it.`,
    span: vague.span,
    suggestions: [{ description: `Remove "${vague.text}"`, fix: { edits: [{ range: [start, vague.span.end], text: '' }] } }],
  };
}

function moveDeadline({ text, deadline }: House, vague: VagueTime, remedy: Remedy): Suggestion {
  const end = vague.span.end + (text[vague.span.end] === ' ' ? 1 : 0);
  const at = deadlineInsertionPoint(text, remedy.actionSentence);
  return {
    description: `Replace "${vague.text}" with "${deadline}" at the end of the sentence`,
    fix: { edits: [{ range: [vague.span.start, end], text: '' }, { range: [at, at], text: ` ${deadline}` }] },
  };
}
