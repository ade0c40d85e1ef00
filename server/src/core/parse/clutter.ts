import type { Clutter } from '../model/model';
import { trimmedSpan, type Line } from '../text/lines';
import type { LineClass } from './classify';

/** Clutter is removed together with the blank lines after it, so that no gap is left behind. */
export function clutterAt(lines: Line[], classes: LineClass[], i: number): Clutter {
  const line = lines[i]!;
  let j = i + 1;
  while (j < lines.length && classes[j]!.kind === 'blank') j++;
  const removalEnd = j < lines.length ? lines[j]!.start : lines[lines.length - 1]!.end;
  return { span: trimmedSpan(line), removal: { start: line.start, end: removalEnd }, text: line.text.trim() };
}
