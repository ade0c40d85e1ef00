import { personalDataIn, type PersonalData } from '../people/personal-data';
import { sameAtEnd, sameAtStart } from './same-ends';

/**
 * The personal data found in the last text linted, so that a keystroke rescans only the lines it
 * changed. No detector's match, nor anything a detector reads around one, crosses a line break (the
 * patterns allow only spaces between their parts, and the name finder stops at the end of a line),
 * so two claims on the same characters always lie in one line, and a scan of whole lines finds in
 * them what a scan of the whole text finds there. The new text's data is then the old data before
 * the first changed line, the old data after the last changed line moved by the change in length,
 * and what a scan of the changed lines finds.
 */
export class PersonalDataMemo {
  private text: string | undefined;
  private found: PersonalData[] = [];

  scan(text: string): PersonalData[] {
    const old = this.text;
    this.text = text;
    if (old === undefined) return (this.found = personalDataIn(text));
    const head = sameAtStart(old, text);
    const tail = sameAtEnd(old, text, Math.min(old.length, text.length) - head);
    // From the start of the line of the first changed character to the end of the line where the unchanged end begins.
    const from = head === 0 ? 0 : text.lastIndexOf('\n', head - 1) + 1;
    const lineEnd = text.indexOf('\n', text.length - tail);
    const to = lineEnd === -1 ? text.length : lineEnd;
    const shift = text.length - old.length;
    const found: PersonalData[] = [];
    for (const data of this.found) if (data.span.end <= from) found.push(data);
    for (const data of personalDataIn(text.slice(from, to))) found.push(moved(data, from));
    for (const data of this.found) if (data.span.start >= to - shift) found.push(moved(data, shift));
    return (this.found = found);
  }
}

function moved(data: PersonalData, by: number): PersonalData {
  return by === 0 ? data : { kind: data.kind, span: { start: data.span.start + by, end: data.span.end + by }, text: data.text };
}
