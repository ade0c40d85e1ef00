import type { DecisionModel } from '../model/model';
import type { Catalogue, CatalogueAct } from './catalogue';
import type { Binding, Citation } from './citations';
import type { ActMention } from './scan';
import { powersHouse } from './powers';

/**
 * A citation naming an Act that the catalogue has under no year so named: the only ones whose year
 * `otherYears` can question, told from the Act and binding alone (`CitationList.bound`).
 */
export function namedOutsideCatalogue(mention: ActMention, binding: Binding): boolean {
  return binding === 'named' && mention.act === undefined;
}

/**
 * For an Act named with a year the catalogue does not have, the Acts of that name from other years
 * that describe every provision cited: "Local Government Act 1972, section 26A" points to 1974. With no
 * provision to go by, only the role and powers, which cite the house's Act alone, settle the year.
 */
export function otherYears(model: DecisionModel, citation: Citation, catalogue: Catalogue): readonly CatalogueAct[] {
  const mention = citation.mention;
  if (mention === undefined || !namedOutsideCatalogue(mention, citation.binding)) return [];
  const sameTitle = catalogue.titled(mention.title);
  if (citation.provisions.length > 0) return sameTitle.filter((act) => citation.provisions.every((p) => catalogue.describes(act, p)));
  const house = powersHouse();
  const inPowers = model.sections.some((s) => s.id === house.sectionId && s.span.start <= mention.start && mention.end <= s.span.end);
  return inPowers ? sameTitle.filter((act) => act.year === house.act.year) : [];
}
