import type { Profile } from '../profile/compile';
import type { Line } from '../text/lines';
import { classifyLine, type LineClass } from '../parse/classify';

/**
 * Line classes remembered from one lint of a document to the next, so that a keystroke reclassifies
 * only the lines it changed. A line's class depends on its text and the profile alone, and every
 * offset in it is the line's start plus a distance within the line: so the class of a line at start
 * 0 moved to the line's real start is the class `classifyLine` gives it there, wherever the edit
 * shifted it. Only the current text's lines are kept, so the memory is bounded by the document.
 */
export class LineClassMemo {
  private profile: Profile | undefined;
  private byText = new Map<string, LineClass>();

  readonly classify = (lines: readonly Line[], profile: Profile): LineClass[] => {
    const previous = profile === this.profile ? this.byText : new Map<string, LineClass>();
    const current = new Map<string, LineClass>();
    const classes = lines.map((line) => {
      let atZero = previous.get(line.text) ?? current.get(line.text);
      if (atZero === undefined) atZero = classifyLine({ ...line, start: 0 }, profile);
      // A field's label is a slice that would hold on to the whole text it was cut from; fields are few.
      if (atZero.kind !== 'field') current.set(line.text, atZero);
      return movedTo(atZero, line.start);
    });
    this.profile = profile;
    this.byText = current;
    return classes;
  };
}

/** A class worked out at offset 0, with its offsets moved to a line starting at `start`. */
function movedTo(atZero: LineClass, start: number): LineClass {
  switch (atZero.kind) {
    case 'field':
      return { ...atZero, labelEnd: atZero.labelEnd + start, valueStart: atZero.valueStart + start };
    case 'marker':
      // Written out in full, as in the classifier: spreading the shape is markedly slower on V8.
      return {
        kind: 'marker', indent: atZero.indent, markerStart: atZero.markerStart + start, markerEnd: atZero.markerEnd + start,
        textStart: atZero.textStart + start, raw: atZero.raw, style: atZero.style, value: atZero.value, alphaValue: atZero.alphaValue,
      };
    case 'bullet':
      return { kind: 'bullet', indent: atZero.indent, textStart: atZero.textStart + start };
    default:
      return atZero;
  }
}
