/** Shared by the personal-data rule tables: a sentence of personal data added to a house draft. */
import { CONTINUOUS_DRAFT, swap } from '../helpers/drafts';

/** Paragraph 8 (line 39) with a sentence added; the finding is at `found` inside it. */
export function withSentence(sentence: string): string {
  return swap(CONTINUOUS_DRAFT, 'from May 2023.', `from May 2023. ${sentence}`);
}

/** One finding on line 39 at the first place `found` occurs in the sentence, with no fix (only a suggestion). */
export function dataCase(sentence: string, found: string, message: string) {
  const column = '8. The Council arranged four home care visits a week for Mr B from May 2023. '.length + sentence.indexOf(found) + 1;
  return { name: `"${found}"`, text: withSentence(sentence), findings: [{ line: 39, column, endLine: 39, endColumn: column + found.length, message }], output: null };
}
