import type { ListItem, Paragraph } from '../model/model';
import type { Span } from '../types';
import { skipSpace, trimEnd } from './sentences';

/** One entry of a paragraph's list, with the text it runs to (up to the next entry). */
export interface Entry {
  /** From the marker or bullet to the end of its text. */
  span: Span;
  /** Its words, after the marker. */
  text: Span;
  children: Entry[];
}

/** A paragraph as its own text (the lead) and the tree of its nested items and bullets. */
export interface Outline {
  lead: Span;
  entries: Entry[];
}

/**
 * The model keeps each item's first line; continuation lines belong to the paragraph. Here each item
 * runs on to where the next item or bullet starts, and a bullet list hangs from the item before it
 * when that item ends with a colon.
 */
export function outlineOf(text: string, paragraph: Paragraph): Outline {
  const flat: { entry: Entry; parent: Entry | undefined; isBullet: boolean }[] = [];
  const walk = (items: readonly ListItem[], parent: Entry | undefined) => {
    for (const item of items) {
      const entry: Entry = { span: { start: item.span.start, end: item.span.end }, text: { ...item.textSpan }, children: [] };
      flat.push({ entry, parent, isBullet: false });
      walk(item.children, entry);
    }
  };
  walk(paragraph.items, undefined);
  for (const bullet of paragraph.bullets) flat.push({ entry: { span: { ...bullet.span }, text: { ...bullet.textSpan }, children: [] }, parent: undefined, isBullet: true });
  flat.sort((a, b) => a.entry.span.start - b.entry.span.start);
  const lead = { start: paragraph.textSpan.start, end: trimEnd(text, paragraph.textSpan.start, flat[0]?.entry.span.start ?? paragraph.span.end) };
  flat.forEach(({ entry }, i) => {
    const next = flat[i + 1]?.entry.span.start ?? paragraph.span.end;
    entry.span.end = trimEnd(text, entry.span.start, next);
    entry.text = { start: skipSpace(text, entry.text.start, entry.span.end), end: entry.span.end };
  });
  const entries: Entry[] = [];
  let opener: Entry | undefined;
  for (const { entry, parent, isBullet } of flat) {
    const owner = isBullet ? opener : parent;
    (owner ? owner.children : entries).push(entry);
    if (!isBullet) opener = text.slice(entry.text.start, entry.text.end).endsWith(':') ? entry : undefined;
  }
  return { lead, entries };
}
