import { personalDataRule } from '../people/data-rule';

export default personalDataRule(
  'personal-data-name',
  'A real name: a title followed by a surname ("Mrs Jones") where the house writes a title and a letter.',
  ['name'],
);
