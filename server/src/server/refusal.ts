import { DEFAULT_MAX_DRAFT_BYTES } from '../node/draft-file';

/**
 * Why a document is not linted, or undefined. The same limits as the CLI: a draft is a few hundred
 * kilobytes, so anything over the limit or holding NUL characters is not a draft, and linting it would
 * only stall the editor.
 */
export function refusalOf(text: string): string | undefined {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so the length alone often decides.
  const tooLarge = text.length > DEFAULT_MAX_DRAFT_BYTES || (text.length * 3 > DEFAULT_MAX_DRAFT_BYTES && Buffer.byteLength(text) > DEFAULT_MAX_DRAFT_BYTES);
  if (tooLarge) return `decision-lint did not lint this document: it is larger than ${DEFAULT_MAX_DRAFT_BYTES / (1024 * 1024)} MB, the limit for a draft.`;
  if (text.includes('\u0000')) return 'decision-lint did not lint this document: it looks like a binary file (a Word document?), not a plain-text draft.';
  return undefined;
}
