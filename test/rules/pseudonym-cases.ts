/** Shared by the pseudonym rule tables: the house draft with its complainant as a woman, and where a phrase sits in a text. */
import { CONTINUOUS_DRAFT } from '../helpers/drafts';

export const MS_B_DRAFT = CONTINUOUS_DRAFT.replaceAll('Mr B', 'Ms B');

/** Paragraph 8 (line 39) with sentences added after it. */
export function withSentence(sentence: string, draft = MS_B_DRAFT): string {
  return draft.replace('from May 2023.', `from May 2023. ${sentence}`);
}

/** The 1-based line and columns of the `nth` occurrence of `needle`, as a finding reports them. */
export function at(text: string, needle: string, nth = 1, message?: string) {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  if (index === -1) throw new Error(`"${needle}" not found ${nth} times`);
  const before = text.slice(0, index).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { line, column, endLine: line, endColumn: column + needle.length, ...(message === undefined ? {} : { message }) };
}
