import type { DecisionModel } from '../model/model';
import { defineRule } from '../engine/rule';
import { agreedRemedy, faultEvidence, promisedRemedies } from '../consistency/outcome-evidence';
import { sectionRegions, summaryRegion, type Region } from '../consistency/regions';
import { remediesOf } from '../remedies/remedies';
import { sectionName } from './util';
import { concatMap } from '../arrays';

export default defineRule({
  meta: {
    id: 'consistency-outcome',
    description: 'The Decision line, the Summary, the Final decision and the Agreed action section disagree about the outcome.',
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ model, report }) {
    const decision = model.frontMatter.decision;
    const agreedSection = model.sections.find((s) => s.id === 'agreed-action');
    const finalDecision = sectionRegions(model, ['final-decision']);
    const conclusions = [...summaryOrNone(model), ...finalDecision];

    if (decision && model.outcome.startsWith('upheld')) {
      const fault = faultEvidence(conclusions);
      if (fault.none.length > 0 && fault.found.length === 0) {
        report({
          message: `The Decision line says "${decision.value}", but the Summary and Final decision find no fault.`,
          span: decision.valueSpan,
          related: [{ message: 'No fault found here.', span: fault.none[0]! }],
        });
      }
    }
    if (agreedSection && (model.outcome === 'not-upheld' || model.outcome === 'closed')) {
      report({
        message: `The Decision line says "${decision?.value ?? ''}", but the statement has an "${agreedSection.heading.text}" section: a remedy belongs to an upheld complaint.`,
        span: agreedSection.heading.span,
        ...(decision ? { related: [{ message: 'Outcome stated here.', span: decision.valueSpan }] } : {}),
      });
    }
    // An upheld decision whose Final decision reports a remedy agreed already needs Agreed action, and
    // section-missing says so; for any other outcome the remedy contradicts the Decision line.
    const claimed = agreedSection ? undefined : agreedRemedy(model, finalDecision);
    if (claimed && model.outcome !== 'upheld-remedy-agreed') {
      report({
        message: `The Final decision says the Council has agreed to a remedy, but there is no "${sectionName(model, 'agreed-action')}" section listing it.`,
        span: claimed,
      });
    }
    const listed = remediesOf(model).remedies;
    if (agreedSection) {
      const kinds = new Set(concatMap(listed, (r) => r.kinds));
      for (const promised of promisedRemedies(model, conclusions).filter((p) => !kinds.has(p.kind))) {
        report({
          message: `This says the Council has agreed to ${promised.label}, but the "${agreedSection.heading.text}" section lists none.`,
          span: promised.span,
          related: [{ message: 'The agreed actions.', span: agreedSection.heading.span }],
        });
      }
    }
    if (agreedSection && listed.some((r) => r.kind !== 'evidence') && agreedRemedy(model, conclusions) === undefined) {
      report({
        message: `The "${agreedSection.heading.text}" section lists remedies, but neither the Summary nor the Final decision says the Council has agreed to them.`,
        span: agreedSection.heading.span,
      });
    }
  },
});

function summaryOrNone(model: DecisionModel): Region[] {
  const summary = summaryRegion(model);
  return summary ? [summary] : [];
}
