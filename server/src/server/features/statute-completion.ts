import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import { catalogueOf, citationsOf, namesCataloguedAct, type CatalogueAct, type DecisionModel } from '../../core';
import { rangeOf } from '../convert/ranges';

/** What must be typed of an Act's name before it is offered: fewer letters start too many words. */
const MIN_TYPED = 3;
/** "section 4", "sections 26", "s. 17", "s47"; the "s" must stand alone, so that "Mr B's" is not one. */
const SECTION_KEYWORD = /(?:^|[\s(])(?:sections?|s\.?)\s*(\w*)$/i;

/** Act names from the statute catalogue as they are typed, and known sections after "section". */
export function statuteCompletions(model: DecisionModel, before: string, offset: number): CompletionItem[] {
  return [...sectionNumbers(model, before, offset), ...actNames(model, before, offset)];
}

/** The sections the catalogue describes of the Act cited last before the cursor. */
function sectionNumbers(model: DecisionModel, before: string, offset: number): CompletionItem[] {
  const keyword = SECTION_KEYWORD.exec(before);
  if (keyword === null) return [];
  let act: CatalogueAct | undefined;
  for (const citation of citationsOf(model).bound(namesCataloguedAct)) {
    if (citation.span.end <= offset - keyword[0].length) act = citation.act;
  }
  if (act === undefined) return [];
  const range = rangeOf(model, { start: offset - keyword[1]!.length, end: offset });
  return Object.entries(act.sections).map(([id, section]) => ({
    label: id,
    kind: CompletionItemKind.Reference,
    detail: `${act.title} ${act.year}, section ${id}`,
    documentation: { kind: MarkupKind.PlainText, value: section.description },
    sortText: id.padStart(8, '0'),
    textEdit: { range, newText: id },
  }));
}

/** The longest run of words before the cursor that begins an Act's name ("Children Ac"). */
function actNames(model: DecisionModel, before: string, offset: number): CompletionItem[] {
  const acts = catalogueOf(model.profile).acts;
  for (const start of wordStarts(before)) {
    const typed = before.slice(start).toLowerCase();
    if (typed.length < MIN_TYPED) break;
    const matching = acts.filter((act) => nameOf(act).toLowerCase().startsWith(typed));
    if (matching.length === 0) continue;
    const range = rangeOf(model, { start: offset - typed.length, end: offset });
    return matching.map((act) => ({
      label: nameOf(act),
      kind: CompletionItemKind.Reference,
      detail: `${act.year} c. ${act.chapter}`,
      textEdit: { range, newText: nameOf(act) },
    }));
  }
  return [];
}

function nameOf(act: CatalogueAct): string {
  return `${act.title} ${act.year}`;
}

/** Where each of the last few words begins, the furthest first. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  const from = Math.max(0, text.length - 60);
  for (let i = text.length - 1; i >= from; i--) {
    if (/\S/.test(text[i]!) && (i === 0 || /[\s(]/.test(text[i - 1]!))) starts.push(i);
  }
  return starts.reverse();
}
