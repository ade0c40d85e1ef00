import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const ROLE = '\nThe Ombudsman’s role and powers\n';
const HOW = '\nHow I considered this complaint\n';
const CONTENTS = '- The complaint - The Ombudsman’s role and powers - How I considered this complaint - What I found - Final decision';
const COOKIE_NOTICE = 'These cookies enable the website to function properly. You can only disable these by changing your browser preferences.';

ruleTests('web-clutter', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a paragraph about a page the complainant printed from the Council\'s website',
      text: swap(CONTINUOUS_DRAFT, '\n9. In June 2023', '\n9. Mr B printed the page of the Council’s website that sets out its charges. In June 2023'),
    },
    {
      name: 'a numbered paragraph about the analytics cookies on the Council\'s website',
      text: swap(CONTINUOUS_DRAFT, '\n9. In June 2023', '\n9. Mr B says the Council’s website set analytics cookies on his browser without asking him. In June 2023'),
    },
  ],
  invalid: [
    {
      name: '"Back to top" between two sections of a website copy',
      text: swap(WEB_COPY, ROLE, `\nBack to top\n${ROLE}`),
      findings: [{ line: 18, column: 1, endLine: 18, endColumn: 12, message: 'Website text "Back to top" is not part of the statement.' }],
      output: WEB_COPY,
    },
    {
      name: 'the contents list a newer copy opens with, shortened in the message',
      text: swap(WEB_COPY, '\n\nCategory', `\n\n${CONTENTS}\n\nCategory`),
      findings: [{ line: 3, column: 1, endLine: 3, endColumn: 116, message: 'Website text "- The complaint - The Ombudsman’s role a..." is not part of the statement.' }],
      output: WEB_COPY,
    },
    {
      name: 'two "Back to top" lines in a website copy with CRLF line ends',
      text: crlf(swap(swap(WEB_COPY, ROLE, `\nBack to top\n${ROLE}`), HOW, `\nBack to top\n${HOW}`)),
      findings: [
        { line: 18, column: 1, endLine: 18, endColumn: 12, message: '"Back to top"' },
        { line: 25, column: 1, endLine: 25, endColumn: 12, message: '"Back to top"' },
      ],
      output: crlf(WEB_COPY),
    },
    {
      name: 'the page furniture and cookie notice after the sign-off, which leaves the statement ending at the sign-off',
      text: `${WEB_COPY}\nPrint this page\n\nLGO logogram\n\nReview your privacy settings\n\n${COOKIE_NOTICE}\n`,
      findings: [
        { line: 51, column: 1, endLine: 51, endColumn: 16, message: '"Print this page"' },
        { line: 53, column: 1, endLine: 53, endColumn: 13, message: '"LGO logogram"' },
        { line: 55, column: 1, endLine: 55, endColumn: 29, message: '"Review your privacy settings"' },
        { line: 57, column: 1, endLine: 57, endColumn: 120, message: 'Website text "These cookies enable the website to func..."' },
      ],
      output: WEB_COPY,
    },
  ],
});
