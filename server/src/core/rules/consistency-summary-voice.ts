import * as z from 'zod';
import { defineRule } from '../engine/rule';
import { isoDate, isoDateOption } from '../remedies/calendar';
import { lazySchema } from '../lazy-schema';
import { decisionDateOf } from '../remedies/remedies';
import { matchesIn, summaryRegion } from '../consistency/regions';
import { replace } from './util';

const optionsSchema = lazySchema(() =>
  z.strictObject({
    /** Decisions dated on or after this day are held to the rule; older ones were written to another house style. */
    since: isoDateOption().default('2020-01-01'),
    /** Whether findings must also be in the past tense ("We found", not "We find"). */
    pastTense: z.boolean().default(true),
  }),
);

type Options = z.infer<ReturnType<typeof optionsSchema>>;

/**
 * First-person singular as a word of its own: "I", "I've", "I'm", "I'd", "I'll", "my", "My". Case
 * carries meaning for "I" (a roman numeral or a letter in "Part I" is rare in a Summary, but "i" is not a pronoun).
 */
const FIRST_PERSON = /(?<![\w'\u2019])(?:I(?:['\u2019](?:ve|m|d|ll))?|[Mm]y)(?![\w'\u2019])/g;

/**
 * "We" stating a finding in the present tense: "We find fault", "we do not uphold", "We recommend".
 * "We will not investigate" (a closed complaint), "we have not investigated" and "The Council has
 * agreed" or "will apologise" are how the published Summaries speak, so only the simple present is
 * read; "We consider whether" describes the work, not a finding.
 */
const PRESENT_FINDING = /\b([Ww]e (?:(?:also|therefore|now|still) )?)(?:(?:do not|don['\u2019]t) )?(find|uphold|recommend|conclude|decide|consider(?! (?:whether|if|how|what)\b))\b/g;
const PAST: Record<string, string> = { find: 'found', uphold: 'upheld', recommend: 'recommended', conclude: 'concluded', decide: 'decided', consider: 'considered' };

export default defineRule<Options>({
  meta: {
    id: 'consistency-summary-voice',
    description: 'The Summary speaks as "I" where the house has it speak as "We", or states its findings in the present tense ("We find") where the house writes the past ("We found").',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    options: optionsSchema,
    defaultOptions: { since: '2020-01-01', pastTense: true },
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
    if (!options.pastTense) return;
    for (const m of summary.text.matchAll(PRESENT_FINDING)) {
      const span = { start: summary.span.start + m.index, end: summary.span.start + m.index + m[0].length };
      const [written, we, verb] = [m[0], m[1]!, m[2]!];
      const past = written.length > we.length + verb.length ? `${we}did not ${verb}` : `${we}${PAST[verb]}`;
      report({
        message: `The Summary states its findings in the past tense: "${past}", not "${written}" (house-style.md section 1).`,
        span,
        suggestions: [{ description: `Replace with "${past}"`, fix: replace(span, past) }],
      });
    }
  },
});
