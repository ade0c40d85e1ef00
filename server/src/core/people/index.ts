export { peopleOf } from './register';
export { personalDataIn } from './personal-data';
export { nameOf } from './titles';
export type { PersonalData, PersonalDataKind } from './personal-data';
export type { AnonymisedEntity, Drift, PeopleRegister, Person, PersonMention, PersonRole, PersonTitle, SharedLetter } from './types';
