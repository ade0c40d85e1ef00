import { relative, sep } from 'node:path';
import { compareCodeUnits } from '../core';

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
  const sorted = [...files].sort((a, b) => compareCodeUnits(keyOf(a), keyOf(b)));
  const mine = new Set(sorted.filter((_, position) => position % shard.count === shard.index - 1));
  return files.filter((file) => mine.has(file));
}
