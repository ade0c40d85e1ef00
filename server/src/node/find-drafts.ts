import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ConfigLoader } from './config-loader';
import { PathError } from './path-error';

/** Never drafts, and slow to walk. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface DraftSearch {
  /** Absolute paths, each once, in the order the targets named them (a folder's files sorted). */
  files: string[];
  /** Targets that gave no file to lint; the files of the other targets are still listed. */
  problems: PathError[];
}

/**
 * Turns command-line targets into the files to lint. A file is taken whatever its name; a folder is
 * searched with the `files` and `ignores` patterns of the config that applies to it (relative to that
 * folder); anything else that looks like a glob is expanded from `cwd`.
 */
export async function findDrafts(targets: readonly string[], cwd: string, loader: ConfigLoader): Promise<DraftSearch> {
  const files = new Set<string>();
  const problems: PathError[] = [];
  for (const target of targets) {
    const path = resolve(cwd, target);
    const found = statOrError(path);
    let matches: string[];
    if (found instanceof Error) {
      if (found.code !== 'ENOENT' || !isDynamicPattern(target)) {
        problems.push(PathError.from(target, found, 'cannot be read'));
        continue;
      }
      matches = await search(target, cwd, []);
      if (matches.length === 0) problems.push(new PathError(target, 'no files match this pattern'));
    } else if (found.isDirectory()) {
      const { config } = await loader.forFolder(path);
      matches = await search(config.files, path, config.ignores);
      if (matches.length === 0) problems.push(new PathError(target, `is a folder with no drafts in it (looked for ${config.files.join(', ')})`));
    } else if (found.isFile()) {
      matches = [path];
    } else {
      problems.push(new PathError(target, 'is neither a file nor a folder'));
      continue;
    }
    for (const match of matches) files.add(match);
  }
  return { files: [...files], problems };
}

async function search(patterns: string | string[], cwd: string, ignores: readonly string[]): Promise<string[]> {
  const matches = await glob(patterns, { cwd, absolute: true, onlyFiles: true, ignore: [...ignores, ...ALWAYS_SKIPPED] });
  return matches.map((match) => resolve(match)).sort();
}

/**
 * A target's kind, or why it has none. Synchronous, as the CLI reads its drafts (see draft-file.ts), and
 * so that a run never loads node:fs/promises, which cost every cold start 2% of its instructions.
 */
function statOrError(path: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(path);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
