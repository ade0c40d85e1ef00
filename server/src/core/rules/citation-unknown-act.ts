import { defineRule } from '../engine/rule';
import { catalogueOf, normaliseTitle } from '../citations/catalogue';
import { citationsOf } from '../citations/citations';
import { namedOutsideCatalogue, otherYears } from '../citations/years';

export default defineRule({
  meta: {
    id: 'citation-unknown-act',
    description: 'An Act is cited that the statute catalogue does not know, so its citations cannot be checked.',
    defaultSeverity: 'info',
    fixable: false,
  },
  check({ model, report }) {
    const catalogue = catalogueOf(model.profile);
    const seen = new Set<string>();
    for (const citation of citationsOf(model, catalogue).bound(namedOutsideCatalogue)) {
      const mention = citation.mention!;
      if (otherYears(model, citation, catalogue).length > 0) continue;
      const key = `${normaliseTitle(mention.title)} ${mention.year}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        message: `The ${mention.title} ${mention.year} is not in the statute catalogue, so its citations are not checked; add it under "statutes" in the config.`,
        span: mention.span,
      });
    }
  },
});
