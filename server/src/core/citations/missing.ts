import { normalisedPath, type Catalogue, type CatalogueAct, type Existence } from './catalogue';
import type { Provision } from './citations';
import type { Span } from '../types';

/** What an Act does not have of a provision cited in it, and where to say so. */
export interface MissingProvision {
  message: string;
  span: Span;
}

/** Whether the catalogue knows the Act has no such provision, and if so what to tell the writer. */
export function missingProvision(catalogue: Catalogue, act: CatalogueAct, provision: Provision): MissingProvision | undefined {
  const existence = catalogue.exists(act, provision);
  return existence.kind === 'missing' ? describeMissing(act, provision, existence) : undefined;
}

/** "There is no section 170 in the Children Act 1989.", on the part of the citation that is not there. */
export function describeMissing(act: CatalogueAct, provision: Provision, missing: Extract<Existence, { kind: 'missing' }>): MissingProvision {
  const name = `the ${act.title} ${act.year}`;
  const path = normalisedPath(provision.path);
  const owner = provision.schedule === undefined ? `Section ${provision.section}` : `Paragraph ${provision.paragraph} of Schedule ${provision.schedule}`;
  switch (missing.level) {
    case 'section':
      return { message: `There is no section ${provision.section} in ${name}.`, span: provision.idSpan };
    case 'schedule':
      return { message: `There is no Schedule ${provision.schedule} to ${name}.`, span: provision.scheduleSpan ?? provision.idSpan };
    case 'paragraph':
      return { message: `Schedule ${provision.schedule} to ${name} has no paragraph ${provision.paragraph}.`, span: provision.idSpan };
    default: {
      const above = `${owner}${path.slice(0, missing.depth).map((p) => `(${p})`).join('')}`;
      const unit = provision.schedule !== undefined ? 'sub-paragraph' : missing.depth === 0 ? 'subsection' : 'paragraph';
      return { message: `${above} of ${name} has no ${unit} (${provision.path[missing.depth]}).`, span: provision.pathSpans[missing.depth] ?? provision.span };
    }
  }
}
