// node:fs/promises through fs's lazy getter: only the runs that use it load it (see config-loader.ts).
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from './lazy-builtins';
import { PathError } from './path-error';

/**
 * Replaces a file's content so that a reader (or a crash) sees either the old text or the new, never a
 * half-written file: the text goes to a temporary file in the same folder, which is then renamed over
 * the original. The file keeps its permissions.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  let temp: string | undefined;
  try {
    // Renaming over a symbolic link would replace the link; the file it points to is the one to change.
    const target = await fs.realpath(path);
    const mode = (await fs.stat(target)).mode & 0o7777;
    temp = join(dirname(target), `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      // The umask may have narrowed the mode given to open().
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    if (temp !== undefined) await fs.rm(temp, { force: true });
    throw PathError.from(path, error, 'cannot be written');
  }
}
