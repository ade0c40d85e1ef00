import type { DecisionModel } from '../model/model';
import { defineRule } from '../engine/rule';
import { agreedRemedy, faultEvidence, promisedPayments, promisedRemedies, togetherWith, type FaultEvidence } from '../consistency/outcome-evidence';
import { sectionRegions, summaryRegion, type Region } from '../consistency/regions';
import { remediesOf } from '../remedies/remedies';
import type { Remedy } from '../remedies/types';
import { sectionName } from './util';
import { concatMap } from '../arrays';
import type { Report } from '../types';

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
    const summary = summaryOrNone(model);
    const conclusions = [...summary, ...finalDecision];
    // Each stretch is read once: a Final decision can be as long as the draft.
    const summaryFault = faultEvidence(summary);
    const finalFault = faultEvidence(finalDecision);
    const fault = togetherWith(summaryFault, finalFault);

    if (decision && model.outcome.startsWith('upheld')) {
      if (findsNone(fault)) {
        report({
          message: `The Decision line says "${decision.value}", but the Summary and Final decision find no fault.`,
          span: decision.valueSpan,
          related: [{ message: 'No fault found here.', span: fault.none[0]! }],
        });
      }
    }
    if (decision && model.outcome === 'not-upheld') {
      if (findsFault(fault)) {
        report({
          message: `The Decision line says "${decision.value}", but the Summary and Final decision find fault.`,
          span: decision.valueSpan,
          related: [{ message: 'Fault found here.', span: fault.plainlyFound[0]! }],
        });
      }
    }
    if (summary.length > 0 && finalDecision.length > 0) reportDisagreement(summaryFault, finalFault, report);
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
      const promises = promisedRemedies(model, conclusions);
      const kinds = new Set(concatMap(listed, (r) => r.kinds));
      for (const promised of promises.filter((p) => !kinds.has(p.kind))) {
        report({
          message: `This says the Council has agreed to ${promised.label}, but the "${agreedSection.heading.text}" section lists none.`,
          span: promised.span,
          related: [{ message: 'The agreed actions.', span: agreedSection.heading.span }],
        });
      }
      const sums = sumsListed(listed);
      for (const amount of promisedPayments(model, conclusions, promises).filter((a) => !sums.has(a.pence))) {
        report({
          message: `This says the Council has agreed to pay ${amount.text}, but the "${agreedSection.heading.text}" section lists no such sum.`,
          span: amount.span,
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

/** Every sum in the agreed actions, in pence, and their total: a Summary may give either. */
function sumsListed(remedies: readonly Remedy[]): Set<number> {
  const sums = concatMap(remedies, (r) => r.amounts.map((a) => a.pence));
  return new Set([...sums, sums.reduce((total, pence) => total + pence, 0)]);
}

/** Says plainly that fault was found, and never that none was. */
function findsFault(evidence: FaultEvidence): boolean {
  return evidence.plainlyFound.length > 0 && evidence.none.length === 0;
}

/** Says no fault was found, and never that any was: a decision with fault on one point and none on another says both. */
function findsNone(evidence: FaultEvidence): boolean {
  return evidence.none.length > 0 && evidence.found.length === 0;
}

/** The Summary and the Final decision each clear about fault, and the opposite of each other. */
function reportDisagreement(summary: FaultEvidence, final: FaultEvidence, report: (report: Report) => void): void {
  if (findsFault(summary) && findsNone(final)) {
    report({ message: 'The Summary finds fault, but the Final decision finds none.', span: summary.plainlyFound[0]!, related: [{ message: 'No fault found here.', span: final.none[0]! }] });
  } else if (findsNone(summary) && findsFault(final)) {
    report({ message: 'The Summary finds no fault, but the Final decision finds fault.', span: summary.none[0]!, related: [{ message: 'Fault found here.', span: final.plainlyFound[0]! }] });
  }
}

function summaryOrNone(model: DecisionModel): Region[] {
  const summary = summaryRegion(model);
  return summary ? [summary] : [];
}
