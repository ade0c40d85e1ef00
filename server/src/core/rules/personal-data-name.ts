import { personalDataRule } from '../people/data-rule';

export default personalDataRule(
  'personal-data-name',
  'A real name where the house writes a title and a letter: a title followed by a surname ("Mrs Jones"), or a given name followed by a surname ("Sarah Jones").',
  ['name'],
);
