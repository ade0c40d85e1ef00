import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
 * searched with the `files` patterns of the config that applies to it (relative to that folder), less
 * what each config file ignores (relative to its own folder); anything else that looks like a glob is
 * expanded from `cwd`.
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
      const layers = await loader.layersOf(path);
      // The folder's own config file ignores relative to it, so the search can skip what it ignores.
      const own = layers.length === 0 ? config.ignores : (layers.find((l) => dirname(l.source) === path)?.config.ignores ?? []);
      matches = await withoutIgnored(await search(config.files, path, own), path, loader);
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
 * The drafts found in `top`, less those another config file of their cascade ignores: each file's
 * `ignores` are relative to its own folder and apply to the drafts below it, so that a draft is linted
 * or not whichever folder above it is named.
 */
async function withoutIgnored(drafts: string[], top: string, loader: ConfigLoader): Promise<string[]> {
  const ignoredBy = new Map<string, Promise<Set<string>>>();
  const kept: string[] = [];
  for (const draft of drafts) {
    let ignored = false;
    for (const layer of await loader.layersOf(dirname(draft))) {
      const patterns = layer.config.ignores;
      const folder = dirname(layer.source);
      if (patterns === undefined || patterns.length === 0 || folder === top) continue;
      let set = ignoredBy.get(layer.source);
      if (set === undefined) ignoredBy.set(layer.source, (set = search(patterns, folder, []).then((files) => new Set(files))));
      if ((await set).has(draft)) ignored = true;
    }
    if (!ignored) kept.push(draft);
  }
  return kept;
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
