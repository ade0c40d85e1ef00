import { defineRule } from '../engine/rule';
import { catalogueOf, normalisedPath, type CatalogueAct, type Existence, type ProvisionTarget } from '../citations/catalogue';
import { citationsOf, namesCataloguedAct, type Provision } from '../citations/citations';
import type { Span } from '../types';

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
        const finding = describe(act, citation.provisions[k]!, existence);
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

function describe(act: CatalogueAct, provision: Provision, missing: Extract<Existence, { kind: 'missing' }>): { message: string; span: Span } {
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
