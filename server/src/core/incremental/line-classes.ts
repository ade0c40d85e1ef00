import type { Profile } from '../profile/compile';
import type { Line } from '../text/lines';
import { classifyLine, type LineClass } from '../parse/classify';

/**
 * Line classes remembered from one lint of a document to the next, so that a keystroke reclassifies
 * only the lines it changed. A line's class depends on its text and the profile alone, and its offsets
 * count from the line's start: so a line whose text an edit left alone keeps its class as it is,
 * wherever the edit moved it. An edit changes one run of lines: the lines before it and after it are
 * matched by position, which costs a string comparison per line where looking each line up by its
 * text cost a hash and a map entry. Only the last lint's lines are kept, so the memory is bounded by
 * the document.
 */
export class LineClassMemo {
  private profile: Profile | undefined;
  private lines: readonly Line[] = [];
  private classes: readonly LineClass[] = [];

  readonly classify = (lines: readonly Line[], profile: Profile): LineClass[] => {
    const before = profile === this.profile ? this.lines : [];
    const head = sameFromStart(before, lines);
    const tail = sameFromEnd(before, lines, head);
    const shift = before.length - lines.length;
    const classes = lines.map((line, i) => {
      const kept = i < head ? this.classes[i] : i >= lines.length - tail ? this.classes[i + shift] : undefined;
      // A field's label is a slice that would hold on to the text it was first cut from; fields are few.
      return kept === undefined || kept.kind === 'field' ? classifyLine(line.text, profile) : kept;
    });
    this.profile = profile;
    this.lines = lines;
    this.classes = classes;
    return classes;
  };
}

/** How many lines from the start have the same text in both. */
function sameFromStart(before: readonly Line[], now: readonly Line[]): number {
  const most = Math.min(before.length, now.length);
  let n = 0;
  while (n < most && before[n]!.text === now[n]!.text) n++;
  return n;
}

/** How many lines from the end have the same text in both, leaving alone the `head` lines already matched. */
function sameFromEnd(before: readonly Line[], now: readonly Line[], head: number): number {
  const most = Math.min(before.length, now.length) - head;
  let n = 0;
  while (n < most && before[before.length - 1 - n]!.text === now[now.length - 1 - n]!.text) n++;
  return n;
}
