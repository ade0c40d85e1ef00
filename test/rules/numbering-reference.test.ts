import { dedent } from '../helpers/dedent';
import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY, withBom } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const FINAL = '15. I have completed my investigation.';

/** The continuous draft whose Final decision points back at the paragraphs it rests on. */
function citing(reference: string): string {
  return swap(CONTINUOUS_DRAFT, FINAL, `15. I have completed my investigation. For the reasons at ${reference}, there was fault.`);
}

ruleTests('numbering-reference', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a continuous draft whose Final decision cites a range and a single paragraph', text: citing('paragraphs 8 to 10 and paragraph 11') },
    { name: 'a code of guidance\'s numbered paragraphs, which are not the statement\'s own', text: citing('paragraph 17.2 of the Homelessness Code of Guidance and paragraphs 18.6 to 18.9') },
    { name: 'a website copy detected as restarting, whose references are left alone', text: swap(WEB_COPY, 'without fault.', 'without fault, as I said at paragraph 9.') },
    {
      name: 'the schools citation in the role and powers of a continuous draft',
      text: swap(CONTINUOUS_DRAFT, '(Local Government Act 1974, section 30(1B) and 34H(i), as amended)', '(Local Government Act 1974, section 30(1B) and 34H(i), as amended) We cannot investigate most matters inside schools. (Local Government Act 1974, Schedule 5, paragraph 5(2), as amended)'),
    },
    {
      name: 'references to paragraphs that exist, in every form the house writes them',
      text: dedent(`
        The complaint

        1. Mr B complains the Council did not assess his needs.

        2. As I explain at paragraph 4, and in paragraphs 3 to 4, the Council delayed (see para 1 and paras. 2 and 3).

        3. The Council accepts it delayed.

        4. That was fault.
      `),
    },
    {
      name: 'a statute\'s paragraphs, which are not the statement\'s own',
      text: dedent(`
        The Ombudsman's role and powers

        1. We cannot investigate most matters inside schools. (Local Government Act 1974, Schedule 5, paragraph 5(2), as amended)

        2. Nor the start of court action (paragraph 1 of Schedule 5) or paragraph 3 of the Schedule.
      `),
    },
    {
      name: 'a website copy, whose restarting numbers cannot be resolved',
      numbering: 'restart',
      text: dedent(`
        The complaint

          1. Mr B complains. I explain why at paragraph 14.

        What I found

          1. The Council delayed.
      `),
    },
  ],
  invalid: [
    {
      name: 'a reference past the last paragraph',
      text: dedent(`
        The complaint

        1. Mr B complains the Council did not assess his needs. I explain why at paragraph 7.

        2. The Council accepts it delayed.
      `),
      findings: [{ line: 3, column: 84, endLine: 3, endColumn: 85, message: 'Paragraph 7 does not exist (the statement\'s paragraphs run to 2)' }],
      output: null,
    },
    {
      name: 'a range whose end is missing',
      text: dedent(`
        The complaint

        1. Mr B complains; see paragraphs 2 to 3.

        2. The Council accepts it delayed.
      `),
      findings: [{ line: 3, column: 40, endLine: 3, endColumn: 41, message: 'Paragraph 3 does not exist' }],
      output: null,
    },
    {
      name: 'a Final decision citing a paragraph cut from the draft',
      text: citing('paragraph 17'),
      findings: [{ line: 62, column: 69, endLine: 62, endColumn: 71, message: 'Paragraph 17 does not exist (the statement\'s paragraphs run to 15).' }],
      output: null,
    },
    {
      name: 'a range that runs past the end, in a draft with CRLF line ends and a byte order mark',
      text: withBom(crlf(citing('paragraphs 13 to 16'))),
      findings: [{ line: 62, column: 76, endLine: 62, endColumn: 78, message: 'Paragraph 16 does not exist' }],
      output: null,
    },
    {
      name: 'an abbreviated reference with a full stop',
      text: citing('para. 20'),
      findings: [{ line: 62, column: 65, endLine: 62, endColumn: 67, message: 'Paragraph 20 does not exist' }],
      output: null,
    },
  ],
});
