/** What the core tells its shells about remedies: the parsed actions, their deadlines and due dates. */
export type { Amount, AmountProblem, Deadline, DeadlineAnchor, DeadlineSource, DeadlineTerm, DeadlineUnit, LeadIn, Remedy, RemedyKind, RemedyList, RemedySection, VagueTime } from './types';
export { REMEDY_KINDS } from './types';
export { decisionDateOf, remediesOf, remedyAt } from './remedies';
export { dueDate } from './due-date';
export { isoDate, isWorkingDay } from './calendar';
export { withDecisionDate } from './decision-date-config';
export { houseDeadlinePhrases } from './vocabulary';
