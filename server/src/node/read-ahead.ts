import { readDraft } from './draft-file';

export type ReadResult = { file: string; text: string } | { file: string; error: unknown };

/**
 * Yields the drafts in order while the next few are already being read: one read at a time leaves
 * the CPU idle on every file's open, stat and close.
 */
export async function* readAhead(files: readonly string[], depth = 16): AsyncGenerator<ReadResult> {
  const pending: Promise<ReadResult>[] = [];
  const start = (file: string) =>
    readDraft(file).then(
      (text): ReadResult => ({ file, text }),
      (error: unknown): ReadResult => ({ file, error }),
    );
  let next = 0;
  while (next < files.length || pending.length > 0) {
    while (next < files.length && pending.length < depth) pending.push(start(files[next++]!));
    yield await pending.shift()!;
  }
}
