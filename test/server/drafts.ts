import { CONTINUOUS_DRAFT, WEB_COPY, cut } from '../helpers/drafts';

/** An upheld statement in house style with no finding at all (see test/helpers/drafts.ts). */
export const CLEAN = CONTINUOUS_DRAFT;

/** The clean statement with cross-references: paragraph 11 points back at 8 to 10, and 15 at 11 and 12. */
export const WITH_REFERENCES = CLEAN.replace('That was fault.', 'That was fault (see paragraphs 8 to 10).').replace(
  'I have completed my investigation.',
  'I have completed my investigation. As paragraph 11 explains, and para 12 sets out,',
);

/** Paragraph 9 deleted: numbering-gap at 10, whose renumber fix must carry the references along. */
export const WITH_GAP = cut(WITH_REFERENCES, '9. In June 2023', '10. The Council invoiced');

/** WITH_GAP's references once paragraphs 10 to 15 have become 9 to 14. */
export const REFERENCES_MOVED = [/see paragraphs 8 to 9\)/, /As paragraph 10 explains, and para 11 sets out/];

/** A date in the wrong form (fixable) and no status line (two suggestions, no fix). */
export const WITH_FAULTS = CLEAN.replace('Decision date : 14 Mar 2024', 'Decision date : 14 March 2024').replace("The Ombudsman's final decision:\n\n", '');

export { WEB_COPY };
