import { checkSync } from 'recheck';

/**
 * The fuzzing checker (used for bounded repeats such as {1,60}) judges a pattern by how long trial
 * matches take; with its default time limits a busy machine made a linear pattern look polynomial.
 * Without them it counts the characters each match reads, which gives the same verdict under any load.
 */
const CHECK = { timeout: null, incubationTimeout: null, seedingTimeout: null } as const;

/** recheck's verdict on a pattern, the same on a loaded machine as on an idle one. */
export function redosVerdict(source: string, flags: string): ReturnType<typeof checkSync> {
  return checkSync(source, flags, CHECK);
}
