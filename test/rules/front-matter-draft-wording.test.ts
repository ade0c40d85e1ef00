import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';

const SUMMARY_START = 'Summary: Mr B complained';
const ANALYSIS = '11. The Council did not check';

ruleTests('front-matter-draft-wording', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'a draft decision that still says "Based on current evidence"',
      text: swap(swap(CONTINUOUS_DRAFT, "Ombudsman's final decision", "Ombudsman's draft decision"), SUMMARY_START, 'Summary: Based on current evidence, Mr B complained'),
    },
    {
      name: 'the word draft inside a sentence of a final decision',
      text: swap(CONTINUOUS_DRAFT, ANALYSIS, '11. The Council’s draft invoices were never checked. The Council did not check'),
    },
    {
      name: 'the Council\'s own provisional decision, described in a final statement',
      text: swap(CONTINUOUS_DRAFT, ANALYSIS, '11. The Council\u2019s \u2018minded to\u2019 letter set out its provisional decision, and the Council\'s provisional view was upheld. The Council did not check'),
    },
  ],
  invalid: [
    {
      name: '"Based on current evidence" left in the Summary of a final decision',
      text: swap(CONTINUOUS_DRAFT, SUMMARY_START, 'Summary: Based on current evidence, Mr B complained'),
      findings: [{ line: 11, column: 10, endLine: 11, endColumn: 35, message: '"Based on current evidence" belongs to a draft, but this is marked as the final decision.' }],
      output: null,
    },
    {
      name: 'a provisional view in the analysis of a final decision',
      text: swap(CONTINUOUS_DRAFT, ANALYSIS, '11. My provisional view is that the Council did not check'),
      findings: [{ line: 47, column: 8, endLine: 47, endColumn: 24, message: '"provisional view" belongs to a draft' }],
      output: null,
    },
    {
      name: 'a DRAFT footer left below the sign-off',
      text: `${CONTINUOUS_DRAFT}\nDRAFT\n`,
      findings: [{ line: 66, column: 1, endLine: 66, endColumn: 6, message: '"DRAFT" belongs to a draft' }],
      output: null,
    },
    {
      name: 'a title that still says draft',
      text: swap(CONTINUOUS_DRAFT, 'Northshire County Council (23 014 552)', 'DRAFT Northshire County Council (23 014 552)'),
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: 45, message: '"DRAFT Northshire County Council (23 014 552)" belongs to a draft' }],
      output: null,
    },
    {
      name: 'two pieces of draft wording in a statement with CRLF line ends, in the order they appear',
      text: crlf(swap(swap(CONTINUOUS_DRAFT, SUMMARY_START, 'Summary: based on current evidence, Mr B complained'), ANALYSIS, '11. These are my provisional findings. The Council did not check')),
      findings: [
        { line: 11, column: 10, endLine: 11, endColumn: 35, message: '"based on current evidence" belongs to a draft' },
        { line: 47, column: 18, endLine: 47, endColumn: 38, message: '"provisional findings" belongs to a draft' },
      ],
      output: null,
    },
  ],
});
