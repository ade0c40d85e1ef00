import type { Clutter } from '../model/model';
import { trimmedSpan, type Line } from '../text/lines';
import type { LineClass } from './classify';

/** Clutter is removed together with the blank lines after it, so that no gap is left behind. */
export function clutterAt(lines: Line[], classes: LineClass[], i: number): Clutter {
  const line = lines[i]!;
  let j = i + 1;
  while (j < lines.length && classes[j]!.kind === 'blank') j++;
  if (j < lines.length) return { span: trimmedSpan(line), removal: { start: line.start, end: lines[j]!.start }, text: line.text.trim() };
  // At the end of the text, take the blank lines before it too, so the statement ends where its text does.
  let k = i - 1;
  while (k >= 0 && classes[k]!.kind === 'blank') k--;
  const start = k >= 0 ? lines[k]!.next : 0;
  return { span: trimmedSpan(line), removal: { start, end: lines[lines.length - 1]!.end }, text: line.text.trim() };
}
