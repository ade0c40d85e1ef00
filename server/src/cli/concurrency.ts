/** --concurrency: a number of worker threads, or `auto` (the default) to decide from the run. */
export type Concurrency = number | 'auto';

/** Below this many files, starting workers costs more than they save. */
export const AUTO_MIN_FILES = 200;

/**
 * How many worker threads check the files; 1 or less means none (the main thread lints). `auto` leaves
 * one core to the main thread and V8's own threads (its collector and optimising compiler already keep a
 * second core busy in a run without workers: on 2 cores, 10 MB took 1.3 s in one thread and 1.4 s on
 * two workers), so it uses workers only on three cores or more, and only for runs of many files, so a
 * small run keeps its cold start.
 */
export function workerCount(concurrency: Concurrency, fileCount: number, cores: number): number {
  const wanted = concurrency === 'auto' ? (fileCount >= AUTO_MIN_FILES ? cores - 1 : 1) : concurrency;
  return Math.min(wanted, fileCount);
}
