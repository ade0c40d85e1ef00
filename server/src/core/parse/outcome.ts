import type { OutcomeCase } from '../profile/schema';
import type { DecisionModel } from '../model/model';
import { normaliseHeading } from '../text/normalise';

/**
 * Which of the house's outcome cases the statement is, from its Decision line and, for an upheld
 * complaint, from whether its Summary or Final decision shows a remedy agreed now rather than one the
 * body had already given (house-style.md section 2).
 */
export function classifyOutcome(model: Omit<DecisionModel, 'outcome'>): OutcomeCase {
  const value = normaliseHeading(model.frontMatter.decision?.value ?? '');
  // Longest first, so "not upheld" (or "no maladministration") is not read as the outcome it contains.
  const named = model.profile.outcomePrefixes.find((o) => value.startsWith(o.prefix))?.id;
  if (named === undefined) return 'unknown';
  if (named !== 'upheld') return named;
  if (model.sections.some((s) => s.id === 'agreed-action')) return 'upheld-remedy-agreed';
  const finalDecision = model.sections.find((s) => s.id === 'final-decision');
  const evidence = [
    model.frontMatter.summary?.value ?? '',
    finalDecision ? model.text.slice(finalDecision.span.start, finalDecision.span.end) : '',
  ].join('\n');
  const agreed = model.profile.remedyAgreed.some((p) => p.test(evidence));
  const already = model.profile.alreadyRemedied.some((p) => p.test(evidence));
  return agreed && !already ? 'upheld-remedy-agreed' : 'upheld-remedied';
}
