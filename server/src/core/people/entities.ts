import type { AnonymisedEntity } from './types';

/** The nouns the house numbers or letters to anonymise a place or body: "School 1", "Officer X" (house-style.md section 7). */
const ENTITY = /\b(School|College|Nursery|Academy|Charity|Property|Officer|Hospital|Practice|Provider|Agency|Organisation|Company|Care Home|Home|Hotel|Landlord|Worker|Manager|Address)\s(\d{1,2}|[A-Z])(?![\w-])/g;

export function entitiesIn(text: string): AnonymisedEntity[] {
  const byLabel = new Map<string, AnonymisedEntity>();
  for (const m of text.matchAll(ENTITY)) {
    const label = `${m[1]} ${m[2]}`;
    const span = { start: m.index, end: m.index + m[0].length };
    const entity = byLabel.get(label);
    if (entity) entity.mentions.push(span);
    else byLabel.set(label, { label, kind: m[1]!.toLowerCase(), mentions: [span] });
  }
  return [...byLabel.values()];
}
