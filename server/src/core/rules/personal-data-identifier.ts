import { personalDataRule } from '../people/data-rule';

export default personalDataRule(
  'personal-data-identifier',
  "A number or date that identifies a person: a National Insurance or NHS number, a date of birth, or another body's case number.",
  ['ni-number', 'nhs-number', 'date-of-birth', 'case-number'],
);
