import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Housing Ombudsman example (a fictional landlord, Northshire Homes (202301234)), clean under its own profile. */
export const HO_DRAFT = readFileSync(join(import.meta.dirname, '../../examples/housing-ombudsman.decision.txt'), 'utf8');
