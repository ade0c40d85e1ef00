import { defineRule } from '../engine/rule';
import { catalogueOf, type CatalogueAct, type ProvisionTarget } from '../citations/catalogue';
import { citationsOf, namesCataloguedAct } from '../citations/citations';
import { describeMissing } from '../citations/missing';

export default defineRule({
  meta: {
    id: 'citation-no-such-provision',
    description: 'A citation names a section, subsection, schedule or paragraph that the cited Act does not have.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ model, report }) {
    const catalogue = catalogueOf(model.profile);
    const reported = new Set<string>();
    // A bare "s47" takes its Act from the text around it, which is a guess too weak to call an error on.
    const cited = citationsOf(model, catalogue).boundWithProvisions((mention, binding) => namesCataloguedAct(mention) && (binding === 'named' || binding === 'referred'));
    // Citations written alike share one list of targets: a text citing "section 17 of the Act" again
    // and again asks about the same provision of the same Act each time, and one answer serves.
    let actFound: CatalogueAct | undefined;
    let targetsFound: readonly ProvisionTarget[] | undefined;
    for (const citation of cited) {
      const act = citation.act!;
      // Looked up by what each provision points at; the provision itself is read only to report it.
      const targets = citation.targets;
      if (act === actFound && targets === targetsFound) continue;
      let allFound = true;
      for (let k = 0; k < targets.length; k++) {
        const existence = catalogue.exists(act, targets[k]!);
        if (existence.kind !== 'missing') continue;
        allFound = false;
        const finding = describeMissing(act, citation.provisions[k]!, existence);
        const key = `${finding.span.start}:${finding.message}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report(finding);
      }
      actFound = allFound ? act : undefined;
      targetsFound = allFound ? targets : undefined;
    }
  },
});
