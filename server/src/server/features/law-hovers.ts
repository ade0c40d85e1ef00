import { catalogueOf, citationAt, dueDate, isoDate, missingProvision, remediesOf, type Deadline, type DecisionModel, type Provision } from '../../core';
import { spanHolds } from '../convert/ranges';
import { longDate } from './house-dates';
import type { HoverPart } from './hover';

/** On a statute citation: the Act's title, year and chapter, what the provision is for, its address. */
export function citationPart(model: DecisionModel, offset: number): HoverPart | undefined {
  const found = citationAt(model, offset);
  const act = found?.citation.act;
  if (found === undefined || act === undefined) return undefined;
  const { citation, provision } = found;
  const lines = [`**${act.title} ${act.year}** (${act.year} c. ${act.chapter})${citation.address ? ` · ${citation.address}` : ''}`];
  const catalogue = catalogueOf(model.profile);
  for (const p of provision ? [provision] : citation.provisions) {
    // A provision the Act does not have gets no address: the page would not exist.
    const missing = missingProvision(catalogue, act, p);
    if (missing) lines.push(`**${provisionName(p)}**: ${missing.message}`);
    else lines.push(`**${provisionName(p)}**: ${p.description ?? 'not described in the statute catalogue.'}${p.address ? ` · ${p.address}` : ''}`);
  }
  return { value: lines.join('\n\n'), span: provision?.span ?? citation.span };
}

/** On a remedy's deadline: the date it falls due, counted from the decision date. */
export function deadlinePart(model: DecisionModel, offset: number): HoverPart | undefined {
  const list = remediesOf(model);
  const deadlines = list.remedies.flatMap((r) => [r.deadline, r.lead?.deadline]).filter((d): d is Deadline => d !== undefined);
  const deadline = deadlines.find((d) => spanHolds(d.span, offset));
  if (deadline === undefined) return undefined;
  const due = dueDate(deadline.term, list.decisionDate);
  const from = list.decisionDate && longDate(list.decisionDate);
  const value = due !== undefined
    ? `**Due ${longDate(due)}** (${isoDate(due)}): "${deadline.text}", counted from the decision date, ${from}.`
    : from === undefined
      ? `"${deadline.text}": no due date can be worked out, because the front matter has no valid Decision date.`
      : `"${deadline.text}": this deadline does not fix a date from the decision date (${from}).`;
  return { value, span: deadline.span };
}

/** "section 26A(1)", "Schedule 5, paragraph 5(2)". */
function provisionName(p: Provision): string {
  const path = p.path.map((part) => `(${part})`).join('');
  if (p.schedule !== undefined) return `Schedule ${p.schedule}${p.paragraph === undefined ? '' : `, paragraph ${p.paragraph}`}${path}`;
  return `section ${p.section ?? ''}${path}`;
}
