import { isAbsolute, relative, sep } from 'node:path';

/** A path under the working folder as a relative path (shorter, and what CI annotations expect). */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? filePath : rel;
}

/** The same relative path with forward slashes, or undefined when the file is not under `cwd`. */
export function relativeUri(filePath: string, cwd: string): string | undefined {
  const shown = displayPath(filePath, cwd);
  if (isAbsolute(shown)) return undefined;
  return shown.split(sep).map(encodeURIComponent).join('/');
}
