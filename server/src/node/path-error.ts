/**
 * A file or folder the host could not use, named by its path with a reason a person can act on. The CLI
 * reports it and goes on with the other files; the language server shows it for the one document.
 */
export class PathError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'PathError';
  }

  /** Wraps a failed file-system call; anything that is not a system error is a bug and is rethrown. */
  static from(path: string, error: unknown, doing: string): PathError {
    if (error instanceof PathError) return error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === undefined) throw error;
    return new PathError(path, `${doing}: ${SYSTEM_REASONS[code] ?? (error as Error).message}`);
  }
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};
