// node:fs/promises through fs's lazy getter: only the runs that use it load it (see config-loader.ts).
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from './lazy-builtins';
import { PathError } from './path-error';

/**
 * Replaces a file's content so that a reader (or a crash) sees either the old text or the new, never a
 * half-written file: the text goes to a temporary file in the same folder, which is then renamed over
 * the original. The file keeps its permissions and its owner. A file this process may not write is
 * refused, as a plain write would refuse it: the rename needs only the folder's permission, and would
 * otherwise replace a read-only file.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  let temp: string | undefined;
  try {
    // Renaming over a symbolic link would replace the link; the file it points to is the one to change.
    const target = await fs.realpath(path);
    await fs.access(target, constants.W_OK);
    const { mode, uid, gid } = await fs.stat(target);
    temp = join(dirname(target), `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
    const handle = await fs.open(temp, 'wx', mode & 0o7777);
    let owned = true;
    try {
      await handle.writeFile(text, 'utf8');
      // The umask may have narrowed the mode given to open().
      await handle.chmod(mode & 0o7777);
      if (uid !== process.getuid?.() || gid !== process.getgid?.()) owned = await handle.chown(uid, gid).then(() => true, () => false);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (owned) {
      await fs.rename(temp, target);
      return;
    }
    // Another user's file that this process may write (through its group): a new file would become this
    // process's own, so the text is written into the file itself.
    await fs.rm(temp, { force: true });
    temp = undefined;
    await fs.writeFile(target, text, 'utf8');
  } catch (error) {
    if (temp !== undefined) await fs.rm(temp, { force: true });
    throw PathError.from(path, error, 'cannot be written');
  }
}
