import { defineRule } from '../engine/rule';
import { matchesIn, sectionRegions } from '../consistency/regions';

/** Where the investigator states findings and decides: the role-and-powers text may say "we", these may not. */
const DECIDING_SECTIONS = ['findings', 'assessment', 'analysis', 'final-decision'];

/**
 * "We" stating a finding or a decision. "We consider whether ..." and "if we are satisfied ..." describe
 * how the Ombudsman works, as the standard paragraphs do, so a conditional before the phrase or a
 * question word after it exempts it. The conditional is looked for once "we" is found, not before every
 * character of the text.
 */
const PLURAL_FINDING = /\b[Ww]e(?<!\b(?:[Ii]f|[Uu]nless|[Ww]here|[Ww]hen) [Ww]e) (?:have )?(?:found|consider(?:ed)?(?! (?:what|whether|if|how)\b)|decided|are satisfied)\b/g;

export default defineRule({
  meta: {
    id: 'consistency-body-voice',
    description: 'A finding or decision in the body speaks as "we" where the house has the investigator speak as "I".',
    defaultSeverity: 'info',
    fixable: false,
  },
  check({ model, report, slice }) {
    for (const span of matchesIn(sectionRegions(model, DECIDING_SECTIONS), PLURAL_FINDING)) {
      report({ message: `"${slice(span)}" speaks as "we": in the body the investigator speaks as "I"; only the Summary speaks as "We".`, span });
    }
  },
});
