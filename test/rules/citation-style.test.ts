import { CONTINUOUS_DRAFT, crlf, HOUSE_DRAFTS, swap } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { section } from '../helpers/sections';


/** Law under a sub-heading of What I found, then events that refer back to it. */
const LAW_HEADINGS = ['What I found', 'Relevant law'];
const LAW = 'The Council must make enquiries under section 47 of the Children Act 1989 when a child may be at risk of significant harm.';

ruleTests('citation-style', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a capital that starts a heading or a sentence', text: section(['What I found', 'Section 47 enquiries'], LAW, 'Section 47 enquiries must be completed within 45 days.') },
    { name: 'a capital that starts a quotation', text: section(LAW_HEADINGS, LAW, 'The team manager wrote: \u201cSection 47 enquiries must start today.\u201d', 'Her note said "Section 47 applies" at the top.') },
    { name: 'a capital that starts a sentence in brackets, after a closing quotation mark', text: section(LAW_HEADINGS, LAW, 'The manager wrote that enquiries \u201cmust start today.\u201d (Section 47 enquiries are the usual route.)') },
    { name: 'different sections in different styles', text: section(LAW_HEADINGS, LAW, 'The Council placed the child under s20 of the Children Act 1989.') },
    { name: 'the same number in two Acts', text: section(LAW_HEADINGS, LAW, 'The highway authority must maintain the road (s47 of the Highways Act 1980).') },
    { name: 'the house\'s 34H(i) and the newer 34H(1)', text: swap(CONTINUOUS_DRAFT, '(Care Act 2014, section 14)', '(Local Government Act 1974, section 34H(1))') },
    { name: 'a bare citation with no Act named before it', text: section('What I found', 'The Council started S47 enquiries.', LAW) },
  ],
  invalid: [
    {
      name: 'an abbreviation and a capital mid-sentence beside the full word',
      text: section(LAW_HEADINGS, LAW, 'The Council started S47 enquiries in March.', 'It completed the Section 47 enquiries in May.'),
      findings: [
        { line: 7, column: 24, endLine: 7, endColumn: 27, message: '"S47" is written "section 47" elsewhere in this statement; cite it one way throughout.' },
        { line: 9, column: 21, endLine: 9, endColumn: 31, message: '"Section 47" is written "section 47" elsewhere' },
      ],
      output: section(LAW_HEADINGS, LAW, 'The Council started section 47 enquiries in March.', 'It completed the section 47 enquiries in May.'),
    },
    {
      name: 'a capital mid-sentence in brackets',
      text: section(LAW_HEADINGS, LAW, 'The Council made enquiries (Section 47) in May.'),
      findings: [{ line: 7, column: 32, endLine: 7, endColumn: 42, message: '"Section 47" is written "section 47" elsewhere' }],
      output: section(LAW_HEADINGS, LAW, 'The Council made enquiries (section 47) in May.'),
    },
    {
      name: 'abbreviations only, the commonest kept, in a draft with CRLF line ends',
      text: crlf(section(LAW_HEADINGS, 'The Council must make enquiries under s.47 of the Children Act 1989.', 'It began s.47 enquiries.', 'The s 47 enquiries ended.')),
      findings: [{ line: 9, column: 8, endLine: 9, endColumn: 12, message: '"s 47" is written "s.47" elsewhere' }],
      output: crlf(section(LAW_HEADINGS, 'The Council must make enquiries under s.47 of the Children Act 1989.', 'It began s.47 enquiries.', 'The s.47 enquiries ended.')),
    },
    {
      name: 'an abbreviation that starts a sentence, and a plural',
      text: section(LAW_HEADINGS, 'The Council must assess under sections 20 and 47 of the Children Act 1989.', 'S47 enquiries began in March. The Council relied on ss. 20 and 47 in May.'),
      findings: [
        { line: 7, column: 4, endLine: 7, endColumn: 7, message: '"S47" is written "Section 47" elsewhere' },
        { line: 7, column: 56, endLine: 7, endColumn: 62, message: '"ss. 20" is written "sections 20" elsewhere' },
      ],
      output: section(LAW_HEADINGS, 'The Council must assess under sections 20 and 47 of the Children Act 1989.', 'Section 47 enquiries began in March. The Council relied on sections 20 and 47 in May.'),
    },
    {
      name: 'the full word wherever it is used, though an abbreviation is commoner',
      text: section(LAW_HEADINGS, LAW, 'The Council started s47 enquiries in March.', 'The s47 enquiries ended in May.'),
      findings: [
        { line: 7, column: 24, endLine: 7, endColumn: 27, message: '"s47" is written "section 47" elsewhere' },
        { line: 9, column: 8, endLine: 9, endColumn: 11, message: '"s47" is written "section 47" elsewhere' },
      ],
      output: section(LAW_HEADINGS, LAW, 'The Council started section 47 enquiries in March.', 'The section 47 enquiries ended in May.'),
    },
    {
      name: 'the style used first, of two used as often',
      text: section(LAW_HEADINGS, 'The Council must make enquiries under s.47 of the Children Act 1989.', 'The s 47 enquiries ended.'),
      findings: [{ line: 7, column: 8, endLine: 7, endColumn: 12, message: '"s 47" is written "s.47" elsewhere' }],
      output: section(LAW_HEADINGS, 'The Council must make enquiries under s.47 of the Children Act 1989.', 'The s.47 enquiries ended.'),
    },
    {
      // Written "ss 20 and 47" as section 20 prefers, it would be wrong for section 47, which prefers "s47".
      name: 'a group of two sections whose sections prefer different styles, once and with no fix',
      text: section(LAW_HEADINGS, 'The Council must act under s 20 and s47 of the Children Act 1989.', 'It used s 20 and s47 again.', 'It relied on ss. 20 and 47 in May.'),
      findings: [{ line: 9, column: 17, endLine: 9, endColumn: 23, message: '"ss. 20" is written "ss 20" elsewhere in this statement; cite it one way throughout. The other sections it cites are written another way, so it has no one fix.' }],
      output: null,
    },
    {
      name: 'a group of two sections written as one of them prefers and not as the other, with no fix',
      text: section(LAW_HEADINGS, 'The Council must act under s 20 and s47 of the Children Act 1989.', 'It used s 20 and s47 again.', 'It relied on ss 20 and 47 in May.'),
      findings: [{ line: 9, column: 17, endLine: 9, endColumn: 22, message: '"ss 20" is written "ss20" elsewhere in this statement; cite it one way throughout. The other sections' }],
      output: null,
    },
    {
      name: 'a group of two sections both written otherwise, once',
      text: section(LAW_HEADINGS, 'The Council must act under s 20 and s 47 of the Children Act 1989.', 'It used s 20 and s 47 again.', 'It relied on ss. 20 and 47 in May.'),
      findings: [{ line: 9, column: 17, endLine: 9, endColumn: 23, message: '"ss. 20" is written "ss 20" elsewhere' }],
      output: section(LAW_HEADINGS, 'The Council must act under s 20 and s 47 of the Children Act 1989.', 'It used s 20 and s 47 again.', 'It relied on ss 20 and 47 in May.'),
    },
  ],
});
