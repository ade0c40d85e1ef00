import { dedent } from '../helpers/dedent';
import { ruleTests } from '../helpers/rule-tester';

ruleTests('numbering-reference', {
  valid: [
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
  ],
});
