import { CONTINUOUS_DRAFT, HOUSE_DRAFTS, swap, WEB_COPY } from '../helpers/drafts';
import { ruleTests } from '../helpers/rule-tester';
import { HO_DRAFT } from '../helpers/housing-ombudsman';

const SUMMARY_REMEDY = ' The Council has agreed to apologise, refund the charges and pay Mr B £150.';
const FINAL_REMEDY = ' The Council has agreed to take action to remedy that injustice.';
const NO_FAULT_FINAL = 'There was no fault in how the Council decided the application.';
const NO_FAULT_SUMMARY = 'We found no fault in how the Council made its decision.';
const FAULT_SUMMARY = 'We found fault in how the Council made its decision.';

/** The upheld draft with its Agreed action kept but the remedy gone from Summary and Final decision. */
const REMEDY_UNREPORTED = swap(swap(CONTINUOUS_DRAFT, SUMMARY_REMEDY, ''), FINAL_REMEDY, '');

ruleTests('consistency-outcome', {
  valid: [
    ...HOUSE_DRAFTS,
    {
      name: 'an upheld decision that finds fault on one point and none on another',
      text: swap(swap(WEB_COPY, 'Decision : Not upheld', 'Decision : Upheld'), NO_FAULT_FINAL, 'There was no fault in the planning decision, but there was fault in how the Council answered Ms C.'),
    },
    {
      name: 'a Final decision that upholds one part of the complaint and finds no fault in another',
      text: swap(
        swap(CONTINUOUS_DRAFT, "We found fault because the Council did not check its provider's invoices.", "We found fault in how the Council checked its provider's invoices."),
        'There was fault by the Council which caused Mr B an injustice. The Council has agreed to take action to remedy that injustice.',
        'I uphold Mr B\'s complaint about the charges. There was no fault in how the Council assessed his needs. The action the Council has agreed to take is a suitable remedy.',
      ),
    },
    { name: 'a remedy reported only in the Final decision', text: swap(CONTINUOUS_DRAFT, SUMMARY_REMEDY, '') },
    {
      name: 'a not-upheld decision whose Final decision says the Council had already put things right',
      text: swap(WEB_COPY, NO_FAULT_FINAL, 'The Council has already apologised, so no further action is needed.'),
    },
    {
      name: 'a Summary giving the total of the payments Agreed action lists one by one, written another way',
      text: swap(swap(CONTINUOUS_DRAFT, 'pay Mr B £150.', 'pay Mr B £250.00.'), 'c) pay Mr B £150 for his time and trouble.', 'c) pay Mr B £150 for his time and trouble, and £100 for his distress.'),
    },
    {
      name: 'a not-upheld decision whose Summary and Final decision deny fault in words that name it',
      text: swap(swap(WEB_COPY, NO_FAULT_SUMMARY, 'We have not found fault in how the Council made its decision.'), NO_FAULT_FINAL, 'I do not consider the Council was at fault in how it decided the application.'),
    },
  ],
  invalid: [
    {
      name: 'a Housing Ombudsman determination of no maladministration whose Summary and Determination find maladministration',
      text: HO_DRAFT.replace('Decision : Maladministration', 'Decision : No maladministration'),
      findings: [
        { line: 3, column: 12, message: 'The Decision line says "No maladministration", but the Summary and Final decision find fault.' },
        { line: 41, column: 1, message: 'but the statement has an "Orders" section' },
      ],
      output: null,
    },
    {
      name: 'a Not upheld outcome when the Summary says the complaint was upheld in part',
      text: swap(
        swap(swap(CONTINUOUS_DRAFT, 'Decision : Upheld', 'Decision : Not upheld'), 'There was fault by the Council which caused Mr B an injustice. ', ''),
        "We found fault because the Council did not check its provider's invoices.",
        'We upheld the complaint about the charges.',
      ),
      findings: [
        { line: 5, column: 12, message: 'The Decision line says "Not upheld", but the Summary and Final decision find fault.' },
        { line: 49, column: 1, message: 'but the statement has an "Agreed action" section' },
      ],
      output: null,
    },
    {
      name: 'an upheld Decision line when Summary and Final decision find no fault',
      text: swap(WEB_COPY, 'Decision : Not upheld', 'Decision : Upheld'),
      findings: [{ line: 5, column: 12, endLine: 5, endColumn: 18, message: 'The Decision line says "Upheld", but the Summary and Final decision find no fault.' }],
      output: null,
    },
    {
      name: 'a not-upheld decision with an Agreed action section, whose Summary and Final decision find fault',
      text: swap(CONTINUOUS_DRAFT, 'Decision : Upheld', 'Decision : Not upheld'),
      findings: [
        { line: 5, column: 12, endLine: 5, endColumn: 22, message: 'The Decision line says "Not upheld", but the Summary and Final decision find fault.' },
        { line: 49, column: 1, endLine: 49, endColumn: 14, message: 'a remedy belongs to an upheld complaint' },
      ],
      output: null,
    },
    {
      name: 'a not-upheld Decision line when Summary and Final decision find fault',
      text: swap(swap(WEB_COPY, NO_FAULT_SUMMARY, FAULT_SUMMARY), NO_FAULT_FINAL, 'There was fault by the Council which caused Ms C an injustice.'),
      findings: [{ line: 5, column: 12, endLine: 5, endColumn: 22, message: 'The Decision line says "Not upheld", but the Summary and Final decision find fault.' }],
      output: null,
    },
    {
      name: 'a Summary that finds fault where the Final decision finds none',
      text: swap(WEB_COPY, NO_FAULT_SUMMARY, FAULT_SUMMARY),
      findings: [{ line: 11, column: 97, endLine: 11, endColumn: 108, message: 'The Summary finds fault, but the Final decision finds none.' }],
      output: null,
    },
    {
      name: 'a Summary that finds no fault where the Final decision finds fault',
      text: swap(CONTINUOUS_DRAFT, "We found fault because the Council did not check its provider's invoices.", "We found no fault in how the Council checked its provider's invoices."),
      findings: [{ line: 11, column: 100, endLine: 11, endColumn: 108, message: 'The Summary finds no fault, but the Final decision finds fault.' }],
      output: null,
    },
    {
      name: 'a not-upheld Final decision that says the Council has agreed to a remedy no section lists',
      text: swap(WEB_COPY, NO_FAULT_FINAL, 'There was no fault, but the Council has agreed to apologise to Ms C.'),
      findings: [{ line: 47, column: 77, message: 'there is no "Agreed action" section listing it' }],
      output: null,
    },
    {
      name: 'an Agreed action section whose remedies neither Summary nor Final decision report',
      text: REMEDY_UNREPORTED,
      findings: [{ line: 49, column: 1, endLine: 49, endColumn: 14, message: 'neither the Summary nor the Final decision says the Council has agreed to them' }],
      output: null,
    },
    {
      name: 'a Summary promising a payment of a sum Agreed action does not list',
      text: swap(CONTINUOUS_DRAFT, 'pay Mr B £150.', 'pay Mr B £200.'),
      findings: [{ line: 11, column: 234, endLine: 11, endColumn: 238, message: 'This says the Council has agreed to pay £200, but the "Agreed action" section lists no such sum.' }],
      output: null,
    },
    {
      name: 'a Summary promising an apology that Agreed action does not list',
      text: swap(CONTINUOUS_DRAFT, 'a) apologise to Mr B for charging him for visits that were not made;', 'a) write to Mr B to explain the charges;'),
      findings: [{ line: 11, column: 165, endLine: 11, endColumn: 239, message: 'This says the Council has agreed to an apology, but the "Agreed action" section lists none.' }],
      output: null,
    },
  ],
});
