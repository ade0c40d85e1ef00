import type { DecisionModel } from '../model/model';
import type { Span } from '../types';
import { provisionKey } from './catalogue';
import type { Citation } from './citations';
import { powersHouse, sameSet, type PowersHouse } from './powers';
import type { ActMention, ProvisionGroup } from './scan';

/** A role-and-powers citation measured against the house form. */
export interface HouseForm {
  /** The round brackets around the citation, or the citation itself when it has none. */
  span: Span;
  /** The citation as the house writes it, brackets included. */
  expected: string;
  /** What differs, in words, for the message. */
  problems: string[];
  /** The brackets hold nothing but the citation, so replacing them with `expected` loses nothing. */
  certain: boolean;
}

/** Whether an Act as named is the one the house cites in its role and powers. */
export function isHouseAct(mention: ActMention, house: PowersHouse = powersHouse()): boolean {
  const act = mention.act;
  return act !== undefined && act.year === house.act.year && act.title === house.act.title;
}

/** Whether the citation is to the Act the house cites in its role and powers, inside that section. */
export function isPowersCitation(model: DecisionModel, citation: Citation, house: PowersHouse = powersHouse()): boolean {
  if (citation.mention === undefined || !isHouseAct(citation.mention, house)) return false;
  if (citation.groups.length === 0) return false;
  return inPowersSection(model, citation.span, house);
}

/** Whether a span lies in The Ombudsman's role and powers. */
export function inPowersSection(model: DecisionModel, span: Span, house: PowersHouse = powersHouse()): boolean {
  return model.sections.some((s) => s.id === house.sectionId && s.span.start <= span.start && span.end <= s.span.end);
}

export function houseFormOf(model: DecisionModel, citation: Citation, house: PowersHouse = powersHouse()): HouseForm {
  const { text } = model;
  const keys = new Set(citation.provisions.map(provisionKey));
  const expected = house.citation(citation.groups.map((g) => groupText(text, g, keys, house)).join(' and '));
  const bracket = enclosingBracket(text, citation.span);
  const span = bracket ?? citation.span;
  const written = text.slice(span.start, span.end);
  const inside = bracket === undefined ? '' : text.slice(bracket.start + 1, citation.span.start) + text.slice(citation.span.end, bracket.end - 1);
  // Provisions after the citation that the scan did not read ("to (c)"): what the house form would
  // be is not known, so nothing is said about it.
  const unread = bracket !== undefined && /[(\d]/.test(withoutAsAmended(text.slice(citation.span.end, bracket.end - 1)));
  return {
    span,
    expected,
    problems: written === expected || unread ? [] : problemsOf(citation, written, bracket !== undefined, house),
    certain: bracket !== undefined && /^[\s,]*(?:as amended[\s,]*)?$/i.test(inside),
  };
}

/**
 * The round brackets around the citation on its own line: the nearest opening bracket before it with
 * no closing one between, and the first closing bracket after it with no other opened between.
 */
function enclosingBracket(text: string, citation: Span): Span | undefined {
  let open = citation.start - 1;
  while (open >= 0 && !'()\n\r'.includes(text[open]!)) open--;
  if (text[open] !== '(') return undefined;
  for (let i = citation.end; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ')') return { start: open, end: i + 1 };
    if (ch === '\n' || ch === '\r') return undefined;
    if (ch === '(') {
      // A bracketed part of a provision the scan did not take in, as "(c)" of "26(6)(a) to (c)".
      const close = SUB_PART.exec(text.slice(i, i + 8));
      if (close === null) return undefined;
      i += close[0].length - 1;
    }
  }
  return undefined;
}

const SUB_PART = /^\([0-9A-Za-z]{1,4}\)/;

function withoutAsAmended(tail: string): string {
  const trimmed = tail.trimEnd();
  return trimmed.toLowerCase().endsWith('as amended') ? trimmed.slice(0, -'as amended'.length) : trimmed;
}

/** A section list keeps its wording and takes "section" or "sections" by count, or as the house prints it. */
function groupText(text: string, group: ProvisionGroup, keys: ReadonlySet<string>, house: PowersHouse): string {
  if (group.keyword.kind === 'schedule') return scheduleText(group);
  const first = Math.min(...group.provisions.map((p) => p.span.start));
  const list = text.slice(first, group.span.end);
  return `${keywordFor(group, keys, house)} ${list}`;
}

/**
 * "sections" for more than one section; for several subsections of one section ("24A(6) and (7)")
 * either word reads well, so the one typed stays.
 */
function keywordFor(group: ProvisionGroup, keys: ReadonlySet<string>, house: PowersHouse): string {
  const typed = group.keyword.text.trim();
  const printed = house.themes.find((t) => sameSet(t.keys, keys))?.printedKeyword;
  if (typed === printed) return typed;
  const sections = new Set(group.provisions.map((p) => p.idSpan.start)).size;
  if (sections > 1) return 'sections';
  return group.provisions.length > 1 && /^sections?$/.test(typed) ? typed : 'section';
}

/** "Schedule 5, paragraph 5(2)"; "Schedule 5/5A, paragraph 1/3" when each schedule has its own paragraph. */
function scheduleText(group: ProvisionGroup): string {
  const schedules = [...new Set(group.provisions.map((p) => p.schedule!))];
  const paragraphs = group.provisions.filter((p) => p.paragraph !== undefined).map((p) => `${p.paragraph}${p.path.map((x) => `(${x})`).join('')}`);
  if (paragraphs.length === 0) return `Schedule ${schedules.join('/')}`;
  if (schedules.length > 1) return `Schedule ${schedules.join('/')}, paragraph ${paragraphs.join('/')}`;
  return `Schedule ${schedules[0]}, ${paragraphs.length > 1 ? 'paragraphs' : 'paragraph'} ${listed(paragraphs)}`;
}

function listed(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function problemsOf(citation: Citation, written: string, bracketed: boolean, house: PowersHouse): string[] {
  const problems: string[] = [];
  if (!bracketed) problems.push('it belongs in round brackets at the end of the paragraph');
  const named = citation.binding === 'named' && citation.mention !== undefined;
  if (!named) problems.push('it does not name the Act');
  else if (citation.groups.some((g) => g.span.start < citation.mention!.span.start)) problems.push('the Act comes first');
  if (bracketed && !/as amended\)$/.test(written)) problems.push('it ends with "as amended"');
  for (const group of citation.groups) {
    if (group.keyword.kind !== 'section') continue;
    const typed = group.keyword.text.trim();
    const keys = new Set(citation.provisions.map(provisionKey));
    const wanted = keywordFor(group, keys, house);
    if (!/^sections?$/.test(typed)) problems.push(`"${typed}" is written "${wanted}" in full`);
    else if (typed !== wanted) problems.push(`"${typed}" should be "${wanted}" for ${wanted === 'sections' ? 'more than one provision' : 'one provision'}`);
  }
  if (problems.length === 0) problems.push('its wording or punctuation differs');
  return problems;
}
