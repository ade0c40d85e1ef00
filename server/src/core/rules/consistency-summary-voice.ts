import { z } from 'zod';
import { defineRule } from '../engine/rule';
import { isoDate, IsoDateOption } from '../remedies/calendar';
import { decisionDateOf } from '../remedies/remedies';
import { matchesIn, summaryRegion } from '../consistency/regions';

const Options = z.strictObject({
  /** Decisions dated on or after this day are held to the rule; older ones were written to another house style. */
  since: IsoDateOption.default('2020-01-01'),
});

type Options = z.infer<typeof Options>;

/**
 * First-person singular as a word of its own: "I", "I've", "I'm", "I'd", "I'll", "my", "My". Case
 * carries meaning for "I" (a roman numeral or a letter in "Part I" is rare in a Summary, but "i" is not a pronoun).
 */
const FIRST_PERSON = /(?<![\w'’])(?:I(?:['’](?:ve|m|d|ll))?|[Mm]y)(?![\w'’])/g;

export default defineRule<Options>({
  meta: {
    id: 'consistency-summary-voice',
    description: 'The Summary speaks as "I" where the house has it speak as "We".',
    defaultSeverity: 'warning',
    fixable: false,
    options: Options,
  },
  check({ model, options, report, slice }) {
    const summary = summaryRegion(model);
    if (summary === undefined) return;
    const date = decisionDateOf(model);
    // A draft without a decision date is being written now, under the current house style.
    if (date !== undefined && isoDate(date) < options.since) return;
    for (const span of matchesIn([summary], FIRST_PERSON)) {
      report({ message: `The Summary speaks as "We", not "${slice(span)}" (house-style.md section 1).`, span });
    }
  },
});
