import type { Profile } from '../profile/compile';
import type { Line } from '../text/lines';
import { classifyLine, type LineClass } from '../parse/classify';

/**
 * Line classes remembered from one lint of a document to the next, so that a keystroke reclassifies
 * only the lines it changed. A line's class depends on its text and the profile alone, and its offsets
 * count from the line's start: so a line whose text an edit left alone keeps its class as it is,
 * wherever the edit moved it. Only the current text's lines are kept, so the memory is bounded by the
 * document.
 */
export class LineClassMemo {
  private profile: Profile | undefined;
  private byText = new Map<string, LineClass>();

  readonly classify = (lines: readonly Line[], profile: Profile): LineClass[] => {
    const previous = profile === this.profile ? this.byText : new Map<string, LineClass>();
    const current = new Map<string, LineClass>();
    const classes = lines.map(({ text }) => {
      const cls = previous.get(text) ?? current.get(text) ?? classifyLine(text, profile);
      // A field's label is a slice that would hold on to the whole text it was cut from; fields are few.
      if (cls.kind !== 'field') current.set(text, cls);
      return cls;
    });
    this.profile = profile;
    this.byText = current;
    return classes;
  };
}
