// node:fs/promises through fs's lazy getter: only the runs that use it load it (see config-loader.ts).
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomic-write';
import { PathError } from './path-error';

/**
 * Writes a draft's fixed text, unless the file no longer holds the text the fixes were worked out
 * from: someone saved it in the meantime, and writing would throw their change away. What is left is
 * the moment between this check and the rename, which no portable file API closes.
 */
export async function writeFixes(path: string, original: string, fixed: string): Promise<void> {
  let now: Buffer;
  try {
    now = await fs.readFile(path);
  } catch (error) {
    throw PathError.from(path, error, 'cannot be read again before writing the fixes');
  }
  // The text was decoded from strict UTF-8, so encoding it again gives back the bytes that were read.
  if (!now.equals(Buffer.from(original, 'utf8'))) {
    throw new PathError(path, 'changed on disk while it was being linted, so the fixes were not written; run --fix again');
  }
  await writeFileAtomic(path, fixed);
}
