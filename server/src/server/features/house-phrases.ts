/**
 * Deadline phrasings the LGSCO prints in Agreed action (shared/house-style.md section 6). Profile data
 * by nature: kept here only until the house profile carries remedy deadlines.
 */
export const DEADLINE_PHRASES: readonly string[] = [
  'within one month of the final decision',
  'within two months of the final decision',
  'within three months of the final decision',
  'within 20 working days of the final decision',
  'within 65 working days of the final decision',
  'within 30 working days of the date of request',
];
