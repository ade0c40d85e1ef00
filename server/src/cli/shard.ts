import { relative, sep } from 'node:path';

/** Part `index` (1-based) of `count` equal parts. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The files this CI job lints when one lint is split over `count` jobs. The files are sorted by their
 * path relative to the working folder, with `/` between its parts, so that every job, on any machine
 * and whatever order the targets were found in, agrees on the order; then they are dealt out in turn,
 * which keeps the parts within one file of each other in size. The files keep their given order.
 */
export function shardOf(files: readonly string[], cwd: string, shard: Shard): string[] {
  const keyOf = (file: string) => relative(cwd, file).split(sep).join('/');
  const sorted = [...files].sort((a, b) => compare(keyOf(a), keyOf(b)));
  const mine = new Set(sorted.filter((_, position) => position % shard.count === shard.index - 1));
  return files.filter((file) => mine.has(file));
}

/** By code unit, not by locale, so that jobs with different locales agree. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
