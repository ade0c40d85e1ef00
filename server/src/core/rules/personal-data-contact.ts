import { personalDataRule } from '../people/data-rule';

export default personalDataRule(
  'personal-data-contact',
  'Contact details that identify a person: an email address, a UK phone number, a postcode or a street address.',
  ['email', 'phone', 'postcode', 'address'],
);
