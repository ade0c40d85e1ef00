/**
 * Fictional decision statements in house style, shared by the rule tables. Councils, references and
 * people are invented; the statute citations are the real ones the house prints.
 *
 * Every `*_HEAD` is twelve lines (title, Category, Decision, Decision date, status, Summary, each
 * followed by a blank line), so a body appended to it starts on line 13.
 */
import { dedent } from './dedent';
import type { ValidCase } from './rule-tester';

export const UPHELD_HEAD = dedent(`
  Northshire County Council (23 014 552)

  Category : Adult care services > Charging

  Decision : Upheld

  Decision date : 14 Mar 2024

  The Ombudsman's final decision:

  Summary: Mr B complained the Council charged him for home care visits that were not made. We found fault because the Council did not check its provider's invoices. The Council has agreed to apologise, refund the charges and pay Mr B £150.

`);

export const NOT_UPHELD_HEAD = dedent(`
  Eastmere Borough Council (22 007 310)

  Category : Planning > Planning applications

  Decision : Not upheld

  Decision date : 03 Oct 2023

  The Ombudsman's final decision:

  Summary: Ms C complained about how the Council decided her neighbour's planning application. We found no fault in how the Council made its decision.

`);

export const CLOSED_HEAD = dedent(`
  Westbrook District Council (24 001 876)

  Category : Benefits and tax > Council tax

  Decision : Closed after initial enquiries

  Decision date : 21 Jun 2024

  The Ombudsman's final decision:

  Summary: We will not investigate Mr F's complaint about a council tax liability order. Mr F could have appealed to the valuation tribunal and it was reasonable for him to do so.

`);

/** The standard role-and-powers paragraph on fault and injustice, with its citation. */
export const FAULT_PARAGRAPH = "We investigate complaints about 'maladministration' and 'service failure'. In this statement, I have used the word 'fault' to refer to these. We must also consider whether any fault has had an adverse impact on the person making the complaint. I refer to this as 'injustice'. If there has been fault which has caused an injustice, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1), as amended)";

/**
 * An upheld draft as an investigator writes it: numbered straight through, an Analysis sub-heading
 * under What I found, a lettered list under the lead-in of Agreed action. Headings on lines 13, 19, 25,
 * 31 (sub-headings 33, 37, 45), 49 and 60; paragraph 12's list on 52 to 54; the sign-off on line 64.
 */
export const CONTINUOUS_DRAFT = UPHELD_HEAD + dedent(`
  The complaint

  1. The complainant, whom I shall refer to as Mr B, complains the Council charged him for home care visits between May and August 2023 that its care provider did not make.

  2. Mr B says the charges caused him financial hardship and distress, and that he spent months chasing the Council for a refund.

  The Ombudsman's role and powers

  3. ${FAULT_PARAGRAPH}

  4. If we are satisfied with a council's actions or proposed actions, we can complete our investigation and issue a decision statement. (Local Government Act 1974, section 30(1B) and 34H(i), as amended)

  How I considered this complaint

  5. I considered the information Mr B and the Council provided, including the provider's visit logs.

  6. Mr B and the Council had an opportunity to comment on my draft decision. I considered any comments received before making a final decision.

  What I found

  Relevant law and guidance

  7. A council may charge for care and support it arranges to meet an adult's needs (Care Act 2014, section 14). It must follow the Care and Support Statutory Guidance when it does so.

  What happened

  8. The Council arranged four home care visits a week for Mr B from May 2023.

  9. In June 2023 Mr B told the Council that carers had missed at least eleven visits. The Council did not reply.

  10. The Council invoiced Mr B for every planned visit between May and August 2023.

  Analysis

  11. The Council did not check the provider's invoices against the visits made before it charged Mr B. That was fault. Mr B paid for care he did not receive, and the Council's silence added to his distress.

  Agreed action

  12. Within one month of the final decision, the Council has agreed to:
      a) apologise to Mr B for charging him for visits that were not made;
      b) refund the charges for the missed visits; and
      c) pay Mr B £150 for his time and trouble.

  13. Within three months of the final decision, the Council will remind staff in its charging team to check invoices against visit logs.

  14. The Council should provide us with evidence it has complied with the above actions.

  Final decision

  15. I have completed my investigation. There was fault by the Council which caused Mr B an injustice. The Council has agreed to take action to remedy that injustice.

  Investigator's decision on behalf of the Ombudsman
`);

/**
 * A not-upheld decision as copied from the website: paragraphs indented "  1." restarting under every
 * heading and sub-heading, curly apostrophes, a nested list that came through as deeper numbers.
 * Headings on lines 13, 18, 23, 27 (sub-headings 29, 36, 41) and 45; the sign-off on line 49.
 */
export const WEB_COPY = NOT_UPHELD_HEAD + dedent(`
  The complaint

    1. Ms C complained the Council did not properly consider the impact of her neighbour’s extension on her home when it granted planning permission.
    2. Ms C says the extension overshadows her garden and kitchen.

  The Ombudsman’s role and powers

    1. ${FAULT_PARAGRAPH.replace(/'/g, '\u2019')}
    2. We cannot question whether a council’s decision is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the decision was reached. (Local Government Act 1974, section 34(3), as amended)

  How I considered this complaint

    1. I considered the information Ms C and the Council provided, and the planning documents on the Council’s website.

  What I found

  Planning law and guidance

    1. Councils should approve planning applications that accord with the development plan unless material considerations indicate otherwise. Material considerations include:
          1. overshadowing and loss of light;
          2. overlooking and loss of privacy; and
          3. the design and appearance of the building.

  What happened

    1. The Council’s planning officer visited the site and wrote a report on the application.
    2. The report considered the extension’s effect on Ms C’s light and privacy and found it acceptable.

  Analysis

    1. The officer’s report shows the Council considered the matters Ms C raises. I cannot question the merits of a decision made without fault.

  Final decision

    1. I have completed my investigation. There was no fault in how the Council decided the application.

  Investigator’s decision on behalf of the Ombudsman
`);

/**
 * A complaint closed after initial enquiries: "My assessment" stands in for What I found and there is
 * no Agreed action. Headings on lines 13, 17, 21, 25 and 29; the sign-off on line 33.
 */
export const CLOSED_DRAFT = CLOSED_HEAD + dedent(`
  The complaint

  1. Mr F complains the Council wrongly made him liable for council tax on a flat he says he had left.

  The Ombudsman's role and powers

  2. We cannot investigate a complaint if someone could appeal to a tribunal, unless we consider it would be unreasonable to expect them to appeal. (Local Government Act 1974, section 26(6)(a), as amended)

  How I considered this complaint

  3. I considered the information Mr F provided and the Ombudsman's Assessment Code.

  My assessment

  4. Mr F could have appealed to the valuation tribunal against the Council's decision that he was liable. It was reasonable to expect him to do so.

  Final decision

  5. We will not investigate Mr F's complaint because he could have appealed to a tribunal.

  Investigator's decision on behalf of the Ombudsman
`);

/**
 * An upheld draft that leaves part of the complaint out: "What I have and have not investigated" after
 * the complaint and the closing "Parts of the complaint that I did not investigate" after Final
 * decision. Headings on lines 13, 17, 21, 25, 29, 33, 37, 41 and 45; the sign-off on line 49.
 */
export const PART_INVESTIGATED_DRAFT = dedent(`
  Southvale District Council (23 019 207)

  Category : Adult care services > Disabled facilities grants

  Decision : Upheld

  Decision date : 11 Jul 2024

  The Ombudsman's final decision:

  Summary: Mr B complained the Council delayed his Disabled Facilities Grant. We found the Council took five months longer than it should have. The Council has agreed to apologise and pay Mr B £300.

  The complaint

  1. Mr B complains the Council delayed his Disabled Facilities Grant for an adapted bathroom, and about the conduct of a councillor he asked for help.

  What I have and have not investigated

  2. I have investigated the delay to the grant. The final section of this statement explains why I have not investigated the rest.

  The Ombudsman's role and powers

  3. ${FAULT_PARAGRAPH}

  How I considered this complaint

  4. I considered the information Mr B and the Council provided, including the occupational therapist's recommendation.

  What I found

  5. The Council took eleven months to approve Mr B's grant. Its own policy is to decide within six months of a valid application.

  Analysis

  6. The delay was fault. Mr B waited five months longer than he should have for a bathroom he could use safely.

  Agreed action

  7. Within one month of the final decision, the Council has agreed to apologise to Mr B and pay him £300 for the distress the delay caused. The Council should provide us with evidence it has complied with the above actions.

  Final decision

  8. I have completed my investigation. There was fault by the Council which caused Mr B an injustice. The Council has agreed to take action to remedy that injustice.

  Parts of the complaint that I did not investigate

  9. Complaints about a councillor's conduct go to the Council's monitoring officer under its code of conduct, so I have not investigated that part of Mr B's complaint.

  Investigator's decision on behalf of the Ombudsman
`);

/** Every line end turned into CRLF, as a draft saved on Windows has them. */
/**
 * The upheld draft as another site copies it: title and Summary, but no Category, Decision, date or
 * final-decision lines, which the house tolerates in input.
 */
export const OTHER_SITE_COPY = CONTINUOUS_DRAFT.replace(/^(Category|Decision|Decision date) : .*\n\n|^The Ombudsman's final decision:\n\n/gm, '');

/** A house draft with another decision date (the drafts are dated 14 Mar 2024). */
export function redated(text: string, date: string): string {
  return swap(text, 'Decision date : 14 Mar 2024', `Decision date : ${date}`);
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** A byte order mark in front, as Word and Notepad save UTF-8. */
export function withBom(text: string): string {
  return '\uFEFF' + text;
}

/** Replaces the one occurrence of `from`; throws if it is missing or repeated, so a case cannot go stale. */
export function swap(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`expected exactly one "${from}" in the draft`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Removes everything from `from` up to (not including) `to`; throws unless both occur once, in order. */
export function cut(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start === -1 || end === -1 || text.indexOf(from, start + 1) !== -1) throw new Error(`expected one "${from}" before "${to}" in the draft`);
  return text.slice(0, start) + text.slice(end);
}

/** The draft as far as the line that reads `line`, that line included: a statement still being typed. */
export function through(text: string, line: string): string {
  const at = text.indexOf(`\n${line}\n`);
  if (at === -1) throw new Error(`no line "${line}" in the draft`);
  return text.slice(0, at + line.length + 2);
}

/** Adds `by` to every paragraph number from `from` on, at any indent: a draft numbered by hand. */
export function shiftNumbers(text: string, from: number, by: number): string {
  const shifted = text.replace(/^([ \t]*)(\d+)\./gm, (whole, indent: string, n: string) => (Number(n) >= from ? `${indent}${Number(n) + by}.` : whole));
  if (shifted === text) throw new Error(`no paragraph numbered ${from} or more in the draft`);
  return shifted;
}

/** Whole drafts in house style that no rule may report, in both numbering modes and both line ends. */
export const HOUSE_DRAFTS: ValidCase[] = [
  { name: 'an upheld draft numbered straight through', text: CONTINUOUS_DRAFT },
  { name: 'a not-upheld decision copied from the website, restarting at 1 under every heading', text: WEB_COPY },
  { name: 'a decision closed after initial enquiries with "My assessment"', text: CLOSED_DRAFT },
  { name: 'an upheld draft with what was and was not investigated, and the part not investigated at the end', text: PART_INVESTIGATED_DRAFT },
  { name: 'an upheld draft saved with CRLF line ends and a byte order mark', text: withBom(crlf(CONTINUOUS_DRAFT)) },
  { name: 'a website copy saved with CRLF line ends', text: crlf(WEB_COPY) },
];
