import { defineRule } from '../engine/rule';
import { catalogueOf } from '../citations/catalogue';
import { citationsOf, type Citation } from '../citations/citations';
import { namedOutsideCatalogue, otherYears } from '../citations/years';
import { inPowersSection } from '../citations/house-form';
import { replace } from './util';

export default defineRule({
  meta: {
    id: 'citation-wrong-year',
    description: 'An Act is cited with the wrong year: what is cited belongs to the Act of that name from another year.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
  },
  check({ model, report }) {
    const catalogue = catalogueOf(model.profile);
    for (const citation of citationsOf(model, catalogue).bound(namedOutsideCatalogue)) {
      const years = otherYears(model, citation, catalogue);
      if (years.length === 0) continue;
      const mention = citation.mention!;
      const named = `the ${mention.title} ${mention.year}`;
      const candidates = years.map((act) => `the ${act.title} ${act.year}`).join(' or ');
      const what = citation.provisions.length === 0 ? 'The Ombudsman\'s role and powers cite' : `${capitalise(provisionsOf(citation))} ${citation.provisions.length > 1 ? 'are' : 'is'} in`;
      const only = years.length === 1 ? years[0]! : undefined;
      const correction = only && replace(mention.yearSpan, String(only.year));
      report({
        message: `${what} ${candidates}, not ${named}.${only ? '' : ' Check the year.'}`,
        span: mention.yearSpan,
        // The role and powers cite only the house's Act, so there the year is certain. Elsewhere the
        // year named may be a real Act the catalogue does not have ("Housing Act 2004" before it was
        // added), and rewriting it would cite another law: the writer chooses.
        ...(correction === undefined ? {} : inPowersSection(model, citation.span) ? { fix: correction } : { suggestions: [{ description: `Write ${only!.year}`, fix: correction }] }),
      });
    }
  },
});

function provisionsOf(citation: Citation): string {
  const names = [...new Set(citation.provisions.map((p) => (p.schedule === undefined ? `section ${p.section}` : `Schedule ${p.schedule}`)))];
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
