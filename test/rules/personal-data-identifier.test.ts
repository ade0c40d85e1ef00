import { HOUSE_DRAFTS } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { dataCase, withSentence } from './personal-data-cases';

ruleTests('personal-data-identifier', {
  valid: [
    ...HOUSE_DRAFTS,
    { name: 'ten digits that fail the NHS check digit', text: withSentence('The invoice total was 1234567890 pence.') },
    { name: '"date of birth" with no date', text: withSentence('The Council asked for his date of birth and address.') },
    { name: 'the Ombudsman\'s own reference', text: withSentence('Our reference 23 014 552 appears on every letter.') },
    { name: 'a case word with no number', text: withSentence('In this case number of visits mattered more.') },
    { name: 'a year after "case"', text: withSentence('The case 2019 was different.') },
  ],
  invalid: [
    dataCase('His NHS number is 943 476 5919 on the form.', '943 476 5919', 'An NHS number identifies a person'),
    dataCase('His National Insurance number is AB 12 34 56 C.', 'AB 12 34 56 C', 'A National Insurance number'),
    dataCase('His date of birth is 03/04/1950 on the plan.', '03/04/1950', 'A date of birth'),
    dataCase('He was born on 3rd April 1950 in the town.', '3rd April 1950', 'A date of birth'),
    dataCase('The court gave case number 12345678 to his claim.', '12345678', "Another body's case number"),
    dataCase('The police gave him a crime reference number, 47190123456.', '47190123456', "Another body's case number"),
    dataCase('The county court case number is K00EV123.', 'K00EV123', "Another body's case number"),
    dataCase('The police quoted their reference ABC/123 to him.', 'ABC/123', "Another body's case number"),
    // Each way a case number is introduced, so that the quick check made before the full pattern is seen to let each through.
    dataCase('The insurer wrote under claim no. 77-4410-B to him.', '77-4410-B', "Another body's case number"),
    dataCase('The letter headed Ref. HB/20931 was not answered.', 'HB/20931', "Another body's case number"),
    dataCase('The landlord gave its ref: 4471-A to the tenant.', '4471-A', "Another body's case number"),
    dataCase('His council tax account number 60021874 was in arrears.', '60021874', "Another body's case number"),
  ],
});
