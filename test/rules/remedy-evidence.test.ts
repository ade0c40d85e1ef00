import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLOSED_DRAFT, CONTINUOUS_DRAFT, crlf, cut, HOUSE_DRAFTS, PART_INVESTIGATED_DRAFT, swap, WEB_COPY, redated } from '../helpers/drafts';
import { onlyRule, ruleTests } from '../helpers/rule-tester';
import { suggested } from './remedy-suggested';

const REQUEST = '14. The Council should provide us with evidence it has complied with the above actions.\n\n';

/** The draft without paragraph 14, the evidence request that closes its Agreed action (line 58). */
const WITHOUT_REQUEST = cut(CONTINUOUS_DRAFT, REQUEST, 'Final decision\n');

ruleTests('remedy-evidence', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'an upheld draft whose Agreed action ends with the request', text: CONTINUOUS_DRAFT },
    { name: 'a request for evidence at the end of the last action\'s own paragraph', text: PART_INVESTIGATED_DRAFT },
    { name: 'the same draft with CRLF line ends', text: crlf(CONTINUOUS_DRAFT) },
    { name: 'a decision with no Agreed action', text: WEB_COPY },
    { name: 'a decision closed after initial enquiries', text: CLOSED_DRAFT },
    { name: 'a decision dated before 2023, when the house did not yet ask', text: redated(WITHOUT_REQUEST, '26 May 2021') },
    { name: 'the request as the last sentence of the last action', text: swap(WITHOUT_REQUEST, 'against visit logs.\n', 'against visit logs. The Council should provide us with evidence it has complied with the above actions.\n') },
    { name: 'a later start date set in the options', text: WITHOUT_REQUEST, options: { since: '2025-01-01' } },
    { name: 'an earlier decision date given from outside the text', text: WITHOUT_REQUEST, options: { decisionDate: '2022-12-31' } },
    { name: 'an undated draft when the options skip undated drafts', text: cut(WITHOUT_REQUEST, 'Decision date', 'The Ombudsman'), options: { undated: 'skip' } },
  ],
  invalid: [
    {
      name: 'an Agreed action section with no request for evidence, reported at its heading',
      text: WITHOUT_REQUEST,
      findings: [{ line: 49, column: 1, endLine: 49, endColumn: 14, message: 'The "Agreed action" section does not end with the request for evidence of compliance' }],
      output: null,
    },
    {
      name: 'the request placed before the last action',
      text: swap(WITHOUT_REQUEST, '13. Within three months', `${REQUEST}13. Within three months`),
      findings: [{ line: 56, column: 5, endLine: 56, endColumn: 88, message: 'The request for evidence of compliance should close the section' }],
      output: null,
    },
    {
      name: 'an undated draft, which is checked by default',
      text: cut(WITHOUT_REQUEST, 'Decision date', 'The Ombudsman'),
      findings: [{ line: 47, column: 1, endLine: 47, endColumn: 14 }],
      output: null,
    },
    {
      name: 'a 2022 decision checked from an earlier start date in the options',
      text: redated(WITHOUT_REQUEST, '08 Mar 2022'),
      options: { since: '2022-01-01' },
      findings: [{ line: 49, column: 1 }],
      output: null,
    },
    {
      name: 'a later decision date given from outside the text',
      text: redated(WITHOUT_REQUEST, '26 May 2021'),
      options: { decisionDate: '2024-01-15' },
      findings: [{ line: 49, column: 1 }],
      output: null,
    },
  ],
});

test('remedy-evidence suggests the request as the next paragraph, numbered on from the last', () => {
  assert.equal(suggested('remedy-evidence', WITHOUT_REQUEST), CONTINUOUS_DRAFT);
});

test('remedy-evidence moves the Final decision paragraph on when the request would take its number', () => {
  const numberedOn = swap(WITHOUT_REQUEST, '\n15. I have completed', '\n14. I have completed');
  assert.equal(suggested('remedy-evidence', numberedOn), CONTINUOUS_DRAFT);
});

test('remedy-evidence suggests the request with the indent and line ends of a website copy', () => {
  const copy = crlf(swap(WEB_COPY, 'Final decision\n', 'Agreed action\n\n  1. Within one month of the final decision, the Council has agreed to apologise to Ms C.\n\nFinal decision\n'));
  assert.match(suggested('remedy-evidence', copy), /\r\n {2}1\. Within one month[^\r]*\r\n\r\n {2}2\. The Council should provide us with evidence it has complied with the above actions\.\r\n\r\nFinal decision/);
});

test('remedy-evidence rejects options it does not know and dates that are not real', () => {
  assert.throws(() => onlyRule('remedy-evidence', { name: '', text: '', options: { sinse: '2023-01-01' } }), /remedy-evidence/);
  assert.throws(() => onlyRule('remedy-evidence', { name: '', text: '', options: { since: '2023-02-30' } }), /YYYY-MM-DD/);
});
