import { realpathSync } from 'node:fs';

/**
 * The files without a second name for one that is already listed: a folder searched through a
 * symbolic link to itself (or to a parent) gives every draft again under a longer path, which would be
 * reported twice and, with --fix, fixed twice. Of a file's names, the one without a link in it is kept
 * where there is one (it is the name a person knows), else the first; a file whose real path cannot be
 * worked out is kept as it is, for the read to report.
 */
export function withoutAliases(files: readonly string[]): string[] {
  const reals = files.map(realPathOrSelf);
  const kept = new Map<string, string>();
  files.forEach((file, i) => {
    const real = reals[i]!;
    if (!kept.has(real) || file === real) kept.set(real, file);
  });
  const keep = new Set(kept.values());
  return files.filter((file) => keep.has(file));
}

/** The path with every link resolved, by the system's realpath as node:fs/promises would; synchronous, like the search (see find-drafts.ts). */
function realPathOrSelf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}
