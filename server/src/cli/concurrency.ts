/** --concurrency: a number of worker threads, or `auto` (the default) to decide from the run. */
export type Concurrency = number | 'auto';

/** Below this many files, starting workers costs more than they save. */
export const AUTO_MIN_FILES = 200;

/**
 * How many worker threads check the files; 1 or less means none (the main thread lints). `auto` uses
 * one per core, and only for runs of many files on more than one core, so a small run keeps its cold start.
 */
export function workerCount(concurrency: Concurrency, fileCount: number, cores: number): number {
  const wanted = concurrency === 'auto' ? (fileCount >= AUTO_MIN_FILES && cores >= 2 ? cores : 1) : concurrency;
  return Math.min(wanted, fileCount);
}
