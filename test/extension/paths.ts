import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
