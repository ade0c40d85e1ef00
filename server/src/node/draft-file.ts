import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { PathError } from './path-error';

/** Drafts are a few hundred kilobytes at most; a larger file is almost certainly not a draft. */
export const DEFAULT_MAX_DRAFT_BYTES = 10 * 1024 * 1024;

/**
 * Reads a draft as UTF-8 text, exactly as it is: a byte order mark and CRLF line ends are kept, because
 * the core's offsets and `--fix` must be true to the file on disk. The read is synchronous: for files
 * of this size each promise-based open, stat, read and close costs the main thread more than the whole
 * read does (on 10 MB of drafts, about 200 ms against 15 ms).
 */
export function readDraft(path: string, maxBytes = DEFAULT_MAX_DRAFT_BYTES): string {
  let bytes: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      checkSize(path, fstatSync(fd).size, maxBytes);
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw PathError.from(path, error, 'cannot be read');
  }
  // Some special files report a size of 0 and then give more.
  checkSize(path, bytes.length, maxBytes);
  return decodeDraft(bytes, path);
}

/** Reads a whole stream (standard input) under the same limits and checks as a file. */
export async function readDraftStream(stream: AsyncIterable<Buffer | string>, label: string, maxBytes = DEFAULT_MAX_DRAFT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    checkSize(label, size, maxBytes);
    chunks.push(bytes);
  }
  return decodeDraft(Buffer.concat(chunks), label);
}

function checkSize(label: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new PathError(label, `is larger than ${formatMegabytes(maxBytes)} (the limit for a draft), so it was not linted`);
  }
}

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeDraft(bytes: Buffer, label: string): string {
  // Word's "Unicode text" export is UTF-16; it would otherwise be taken for a binary file.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PathError(label, 'is UTF-16 text; save it as UTF-8 to lint it');
  }
  if (bytes.includes(0)) {
    throw new PathError(label, 'is a binary file, not a plain-text draft (a Word document? save it as plain text, UTF-8)');
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new PathError(label, 'is not valid UTF-8 text (perhaps saved as Windows-1252); save it as UTF-8 to lint it');
  }
}
