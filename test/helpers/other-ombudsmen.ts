import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const example = (name: string) => readFileSync(join(import.meta.dirname, `../../examples/${name}.decision.txt`), 'utf8');

/** A Scottish Public Services Ombudsman decision (Lothian NHS Board, Case ref 202205678), clean under its own profile. */
export const SPSO_DRAFT = example('spso');

/** A Public Services Ombudsman for Wales report (Cardiff Council, 202301234), clean under its own profile. */
export const PSOW_DRAFT = example('psow');
