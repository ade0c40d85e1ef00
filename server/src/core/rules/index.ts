import type { AnyRule } from '../engine/rule';
import sectionMissing from './section-missing';
import sectionOrder from './section-order';
import sectionHeading from './section-heading';
import sectionHeadingNumbered from './section-heading-numbered';
import sectionEmpty from './section-empty';
import sectionDuplicate from './section-duplicate';
import numberingGap from './numbering-gap';
import numberingDuplicate from './numbering-duplicate';
import numberingBackwards from './numbering-backwards';
import numberingMixedMode from './numbering-mixed-mode';
import numberingNested from './numbering-nested';
import numberingHeading from './numbering-heading';
import numberingReference from './numbering-reference';
import frontMatterTitle from './front-matter-title';
import frontMatterCategory from './front-matter-category';
import frontMatterDecision from './front-matter-decision';
import frontMatterDate from './front-matter-date';
import frontMatterStatus from './front-matter-status';
import frontMatterSummary from './front-matter-summary';
import frontMatterDraftWording from './front-matter-draft-wording';
import webClutter from './web-clutter';
import citationWrongYear from './citation-wrong-year';
import citationNoSuchProvision from './citation-no-such-provision';
import citationUnknownAct from './citation-unknown-act';
import citationPowersTheme from './citation-powers-theme';
import citationHouseForm from './citation-house-form';
import citationStyle from './citation-style';
import remedyDeadline from './remedy-deadline';
import remedyAmount from './remedy-amount';
import remedyEvidence from './remedy-evidence';
import pseudonymDrift from './pseudonym-drift';
import pseudonymSharedLetter from './pseudonym-shared-letter';
import pseudonymAvoidedLetter from './pseudonym-avoided-letter';
import personalDataContact from './personal-data-contact';
import personalDataIdentifier from './personal-data-identifier';
import personalDataName from './personal-data-name';
import consistencyOutcome from './consistency-outcome';
import consistencySummaryVoice from './consistency-summary-voice';
import consistencyBodyVoice from './consistency-body-voice';
import consistencyDates from './consistency-dates';
import consistencyCalendar from './consistency-calendar';

/** Every rule, grouped by family in the order the documentation lists them. */
export const RULES: readonly AnyRule[] = [
  sectionMissing,
  sectionOrder,
  sectionHeading,
  sectionHeadingNumbered,
  sectionEmpty,
  sectionDuplicate,
  numberingGap,
  numberingDuplicate,
  numberingBackwards,
  numberingMixedMode,
  numberingNested,
  numberingHeading,
  numberingReference,
  frontMatterTitle,
  frontMatterCategory,
  frontMatterDecision,
  frontMatterDate,
  frontMatterStatus,
  frontMatterSummary,
  frontMatterDraftWording,
  webClutter,
  citationWrongYear,
  citationNoSuchProvision,
  citationUnknownAct,
  citationPowersTheme,
  citationHouseForm,
  citationStyle,
  remedyDeadline,
  remedyAmount,
  remedyEvidence,
  pseudonymDrift,
  pseudonymSharedLetter,
  pseudonymAvoidedLetter,
  personalDataContact,
  personalDataIdentifier,
  personalDataName,
  consistencyOutcome,
  consistencySummaryVoice,
  consistencyBodyVoice,
  consistencyDates,
  consistencyCalendar,
] as AnyRule[];
