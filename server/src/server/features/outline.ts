import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { nameOf, peopleOf, remediesOf, type DecisionModel, type Remedy, type Span, type Heading, type Paragraph } from '../../core';
import { rangeOf } from '../convert/ranges';
import { longDate } from './house-dates';
import { namedTimes } from './person-hover';
import { firstWords, headingName, partsOf } from './structure';

/**
 * Front matter, then each section by its house name, its sub-headings and its numbered paragraphs;
 * in Agreed action, each remedy with its deadline; last, the people and anonymised places.
 */
export function outline(model: DecisionModel): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const front = frontMatterSymbol(model);
  if (front) symbols.push(front);
  const remedies = remediesOf(model).remedies;
  const paragraphSymbolOf = (p: Paragraph) => paragraphSymbol(model, p, remedies);
  for (const section of model.sections) {
    const { lead, parts } = partsOf(section);
    const loose = remedies.filter((r) => within(r.span, section.span) && !section.paragraphs.some((p) => within(r.span, p.span)));
    const children = [
      ...lead.map(paragraphSymbolOf),
      ...parts.map((part) => symbol(model, headingName(model, part.heading), SymbolKind.Namespace, part.span, part.heading.span, part.paragraphs.map(paragraphSymbolOf), typedAs(model, part.heading))),
      ...loose.map((r) => remedySymbol(model, r)),
    ];
    symbols.push(symbol(model, headingName(model, section.heading), SymbolKind.Module, section.span, section.heading.span, children, typedAs(model, section.heading)));
  }
  const people = peopleSymbol(model);
  if (people) symbols.push(people);
  return symbols;
}

/** The register's roles in the order the outline lists them, with the word it shows for each. */
const ROLES = { complainant: 'complainant', adult: 'other adult', child: 'child' } as const;
const ROLE_ORDER = Object.keys(ROLES);

/**
 * The register of people (the complainant, other adults, children) and then the anonymised places and
 * organisations, each at its introduction, with how often the statement names it. Last, so that the
 * sections keep their places in the tree.
 */
function peopleSymbol(model: DecisionModel): DocumentSymbol | undefined {
  const register = peopleOf(model);
  const people = [...register.people].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.firstMention.start - b.firstMention.start);
  const children = [
    ...people.map((p) => symbol(model, nameOf(p), SymbolKind.Variable, p.firstMention, p.firstMention, [], `${ROLES[p.role]} · ${namedTimes(p.mentions.length)}`)),
    ...register.entities.map((e) => symbol(model, e.label, SymbolKind.Struct, e.mentions[0]!, e.mentions[0]!, [], `${e.kind} · ${namedTimes(e.mentions.length)}`)),
  ];
  if (children.length === 0) return undefined;
  // The group sits at the end of the statement, where an outline sorted by position lists it last. A
  // range over every introduction would make it a sticky heading, and the breadcrumb, across the
  // sections; on its first entry, it would be listed among the sections, after the first of them.
  const end = { start: model.text.length, end: model.text.length };
  return symbol(model, 'People', SymbolKind.Namespace, end, end, children);
}

function frontMatterSymbol(model: DecisionModel): DocumentSymbol | undefined {
  const fm = model.frontMatter;
  const fields: [string, { span: Span } | undefined, string | undefined][] = [
    ['Title', fm.title, fm.title && model.text.slice(fm.title.span.start, fm.title.span.end)],
    ['Category', fm.category, fm.category?.value],
    ['Decision', fm.decision, fm.decision?.value],
    ['Decision date', fm.date, fm.date?.value],
    ['Status', fm.status, fm.status && `${fm.status.kind} decision`],
    ['Summary', fm.summary, fm.summary && firstWords(fm.summary.value)],
  ];
  const children = fields.flatMap(([name, field, detail]) => (field ? [symbol(model, name, SymbolKind.Property, field.span, field.span, [], detail)] : []));
  if (children.length === 0) return undefined;
  const first = fields.find(([, field]) => field !== undefined)![1]!;
  return symbol(model, 'Front matter', SymbolKind.Object, fm.span, first.span, children);
}

/** A paragraph that is itself an action carries its deadline; one that leads into a list holds its actions. */
function paragraphSymbol(model: DecisionModel, paragraph: Paragraph, remedies: readonly Remedy[]): DocumentSymbol {
  const label = paragraph.number !== undefined ? `${paragraph.number}.` : (paragraph.marker?.text ?? '¶');
  const words = firstWords(model.text.slice(paragraph.textSpan.start, paragraph.textSpan.end));
  const inside = remedies.filter((r) => within(r.span, paragraph.span));
  const own = inside.find((r) => r.span.start === paragraph.span.start || r.span.start === paragraph.textSpan.start);
  const children = inside.filter((r) => r !== own).map((r) => remedySymbol(model, r));
  const kind = own ? SymbolKind.Event : SymbolKind.Field;
  return symbol(model, `${label} ${words}`.trim(), kind, paragraph.span, paragraph.marker?.span ?? paragraph.textSpan, children, own && remedyDetail(own));
}

function remedySymbol(model: DecisionModel, remedy: Remedy): DocumentSymbol {
  const marker = model.text.slice(remedy.span.start, remedy.firstLine.start).trim();
  return symbol(model, `${marker} ${firstWords(remedy.text)}`.trim(), SymbolKind.Event, remedy.span, remedy.firstLine, [], remedyDetail(remedy));
}

/** "payment · within one month of the final decision · due Sunday 14 Apr 2024". */
function remedyDetail(remedy: Remedy): string {
  const deadline = remedy.deadline ? remedy.deadline.text : 'no deadline';
  return [remedy.kind, deadline, ...(remedy.due ? [`due ${longDate(remedy.due)}`] : [])].join(' · ');
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The heading as typed, shown beside the house name when they differ. */
function typedAs(model: DecisionModel, heading: Heading): string | undefined {
  return headingName(model, heading) === heading.text ? undefined : heading.text;
}

function symbol(model: DecisionModel, name: string, kind: SymbolKind, span: Span, selection: Span, children: DocumentSymbol[], detail?: string): DocumentSymbol {
  const result: DocumentSymbol = { name: name === '' ? '(untitled)' : name, kind, range: rangeOf(model, span), selectionRange: rangeOf(model, selection), children };
  if (detail !== undefined) result.detail = detail;
  return result;
}
