import { HOUSE_DRAFTS } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { dataCase, withSentence } from './personal-data-cases';

ruleTests('personal-data-contact', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'a reference in the title and dates', text: withSentence('The visits on 08/05/2023 and 12 June 2023 cost £42.50 each.') },
    { name: 'the Ombudsman\'s own reference and a paragraph number', text: withSentence('Our reference is 23 014 552; see paragraph 12.') },
    { name: 'a statute section and a year', text: withSentence('Section 2 of the Care Act 2014 applies from 2015 onwards.') },
    { name: 'a year before a street name', text: withSentence('In 2019 Station Road was closed for repairs.') },
    { name: 'an at-sign without a domain', text: withSentence('He wrote @ the top of the form.') },
    { name: 'a number of visits in a long figure', text: withSentence('The provider logged 1234567 minutes overall.') },
  ],
  invalid: [
    dataCase('He emailed mr.b.smith@example.co.uk about it.', 'mr.b.smith@example.co.uk', 'An email address identifies a person'),
    dataCase('He rang from 07700 900123 twice.', '07700 900123', 'A phone number identifies a person'),
    dataCase('The office number is 020 7946 0018.', '020 7946 0018', 'A phone number'),
    dataCase('He gave +44 161 496 0000 as his number.', '+44 161 496 0000', 'A phone number'),
    dataCase('He rang from (01632) 960 123 twice.', '(01632) 960 123', 'A phone number'),
    dataCase('The office is on (020) 7946 0018.', '(020) 7946 0018', 'A phone number'),
    dataCase('He lives near SW1A 1AA now.', 'SW1A 1AA', 'A postcode'),
    dataCase('He lives at 14 Acacia Avenue with his sister.', '14 Acacia Avenue', 'A street address'),
    dataCase("She moved to 22 Queen's Road in May.", "22 Queen's Road", 'A street address'),
    dataCase("The carer went to 5 O'Connell Road instead.", "5 O'Connell Road", 'A street address'),
    dataCase('The carer went to 3 Upper Mill Lane instead.', '3 Upper Mill Lane', 'Replace it with a placeholder such as "[address]"'),
  ],
});
