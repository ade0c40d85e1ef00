import type { Span } from '../types';
import { movedSpan, type LocalScan } from '../incremental/local-scans';
import type { AnonymisedEntity } from './types';

/** The nouns the house numbers or letters to anonymise a place or body: "School 1", "Officer X" (house-style.md section 7). */
const ENTITY = /\b(School|College|Nursery|Academy|Charity|Property|Officer|Hospital|Practice|Provider|Agency|Organisation|Company|Care Home|Home|Hotel|Landlord|Worker|Manager|Address)\s(\d{1,2}|[A-Z])(?![\w-])/g;

interface EntityMention {
  label: string;
  kind: string;
  span: Span;
}

/**
 * Mentions of anonymised places and bodies, scanned block by block: the noun and its number or letter
 * are one white-space character apart, which may be the line break of a wrapped line, never two.
 */
export const ENTITY_MENTIONS: LocalScan<EntityMention> = {
  within: 'block',
  find: (text) => Array.from(text.matchAll(ENTITY), (m) => ({ label: `${m[1]} ${m[2]}`, kind: m[1]!.toLowerCase(), span: { start: m.index, end: m.index + m[0].length } })),
  moved: (mention, by) => ({ label: mention.label, kind: mention.kind, span: movedSpan(mention.span, by) }),
  start: (mention) => mention.span.start,
};

/** The anonymised places and bodies, each with its mentions, in the order they are first mentioned. */
export function entitiesOf(mentions: readonly EntityMention[]): AnonymisedEntity[] {
  const byLabel = new Map<string, AnonymisedEntity>();
  for (const { label, kind, span } of mentions) {
    const entity = byLabel.get(label);
    if (entity) entity.mentions.push(span);
    else byLabel.set(label, { label, kind, mentions: [span] });
  }
  return [...byLabel.values()];
}
