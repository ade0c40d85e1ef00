import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { builtInParagraphs, loadParagraphs, ParagraphLibraryError, type StandardParagraph } from '../core';
import type { Log } from './log';

export type { StandardParagraph };

/**
 * The paragraph library completion offers: the built-in one, or the office's file that
 * `decisionLint.paragraphLibrary` names (relative to the workspace folder holding the draft). A file
 * that cannot be used is logged and the built-in library used instead.
 */
export async function paragraphLibrary(setting: string | undefined, draftPath: string | undefined, roots: readonly string[], log: Log): Promise<readonly StandardParagraph[]> {
  if (setting === undefined || setting.trim() === '') return builtInParagraphs();
  const base = roots.find((root) => draftPath?.startsWith(root + sep)) ?? roots[0] ?? (draftPath === undefined ? undefined : dirname(draftPath));
  const path = isAbsolute(setting) || base === undefined ? setting : join(base, setting);
  try {
    return loadParagraphs(await readFile(path, 'utf8'), path);
  } catch (error) {
    const reason = error instanceof ParagraphLibraryError ? error.message : `${path}: ${(error as Error).message}`;
    log.warn(`decisionLint.paragraphLibrary cannot be used, so completion offers the built-in paragraphs: ${reason}`);
    return builtInParagraphs();
  }
}
