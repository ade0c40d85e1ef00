/**
 * Inputs built to find super-linear work: a draft's opening followed by numbered paragraphs made of
 * one pathological pattern, about `bytes` in all, plus normal text run together on one huge line.
 */
import { generateCorpus, generateDraft } from './generate-drafts';

export interface AdversarialInput {
  name: string;
  text: string;
}

/** A run of paragraphs, each `unit` repeated to about `lineLength` characters, after a draft's front matter and first sections. */
function filled(bytes: number, unit: string, lineLength = 10_000): string {
  const head = generateDraft({ seed: 5, paragraphs: 12 });
  const body = unit.repeat(Math.ceil(lineLength / unit.length));
  const lines = [head, ''];
  let size = head.length;
  for (let n = 1; size < bytes; n++) {
    const line = `${n}. ${body}`;
    lines.push(line, '');
    size += line.length + 2;
  }
  return lines.join('\n');
}

export function adversarialInputs(bytes: number): AdversarialInput[] {
  return [
    { name: 'long runs of digits', text: filled(bytes, '7') },
    { name: 'long runs of spaces between words', text: filled(bytes, `The Council${' '.repeat(2000)}replied `) },
    { name: 'long runs of opening brackets', text: filled(bytes, '([') },
    { name: 'brackets opened and closed', text: filled(bytes, '(s 1(2)[3]) ') },
    { name: '"section" repeated', text: filled(bytes, 'section ') },
    { name: '"section 12" repeated (a citation every 11 characters)', text: filled(bytes, 'section 12 ') },
    // Each reference back to "the Act" was once looked for through every Act named before it.
    { name: 'an Act named, then "section 17 of the Act", repeated', text: filled(bytes, 'Children Act 1989. Section 17 of the Act. ') },
    { name: '"Mr" repeated', text: filled(bytes, 'Mr ') },
    { name: 'normal text on one huge line', text: generateCorpus(bytes, 1).join(' ').replace(/\r?\n/g, ' ') },
  ];
}
