import { distance } from 'fastest-levenshtein';
import type { Profile } from '../profile/compile';
import type { HeadingMatch } from '../model/model';
import { normaliseHeading, straightenQuotes } from '../text/normalise';
import { oncePer } from '../once-per';
import { skipWhiteSpace } from '../text/white-space';

/** How far (edits per character) a heading may be from a house heading and still be taken for it. */
const NEAR_RATIO = 0.2;

/**
 * Which house section a heading names, and how exactly. Aliases and prefixes are house style and
 * accepted; variants, case slips and near misses are recognised so that a rule can correct them.
 */
export function matchHeading(text: string, profile: Profile): HeadingMatch | undefined {
  if (text.length > profile.longestShortLine) return startsLikePrefix(text, profile) ? matchPrefix(normaliseHeading(text.slice(0, 40)), profile) : undefined;
  const key = normaliseHeading(text);
  if (key.length === 0) return undefined;
  const exact = profile.headingIndex.get(key);
  if (exact !== undefined) {
    const typed = straightenQuotes(text.trim()).replace(/\s+/g, ' ');
    const sameCase = typed === straightenQuotes(exact.form);
    const kind = exact.kind === 'variant' ? 'variant' : sameCase ? exact.kind : 'case';
    return { sectionId: exact.spec.id, kind, canonical: exact.spec.heading };
  }
  const prefixed = matchPrefix(key, profile);
  if (prefixed) return prefixed;
  let best: { d: number; sectionId: string; canonical: string } | undefined;
  for (const [candidate, entry] of nearCandidates(profile).get(key[0]!) ?? []) {
    if (Math.abs(candidate.length - key.length) > candidate.length * NEAR_RATIO) continue;
    const d = distance(candidate, key);
    if (d <= Math.max(1, Math.floor(candidate.length * NEAR_RATIO)) && (best === undefined || d < best.d)) {
      best = { d, sectionId: entry.spec.id, canonical: entry.spec.heading };
    }
  }
  return best && { sectionId: best.sectionId, kind: 'near', canonical: best.canonical };
}

/**
 * The headings a near miss is compared with, by first letter: typos keep a heading's first letter, and
 * variants are other wordings, too loose to compare letters with. In the index's order, so that of
 * two equally near headings the same one wins.
 */
const nearCandidates = oncePer((profile: Profile) => {
  const byLetter = new Map<string, [string, IndexEntry][]>();
  for (const [candidate, entry] of profile.headingIndex) {
    if (entry.kind === 'variant' || candidate.length < 8) continue;
    const letter = byLetter.get(candidate[0]!);
    if (letter === undefined) byLetter.set(candidate[0]!, [[candidate, entry]]);
    else letter.push([candidate, entry]);
  }
  return byLetter;
});

type IndexEntry = Profile['headingIndex'] extends Map<string, infer E> ? E : never;

/** Whether a heading is written exactly as the house writes it. */
export function isAcceptedMatch(match: HeadingMatch): boolean {
  return match.kind === 'canonical' || match.kind === 'alias' || match.kind === 'prefix';
}

/** Headings such as "Analysis - has the Council ..." name a section by how they begin. */
function matchPrefix(key: string, profile: Profile): HeadingMatch | undefined {
  const found = profile.headingPrefixes.find(({ prefix }) => key.startsWith(prefix));
  return found && { sectionId: found.spec.id, kind: 'prefix', canonical: found.spec.heading };
}

/**
 * A cheap first-letter test keeps long paragraph lines away from normalisation. It runs on every
 * numbered paragraph, so the line is not trimmed.
 */
function startsLikePrefix(text: string, profile: Profile): boolean {
  return profile.prefixInitials.has(text.charAt(skipWhiteSpace(text)).toLowerCase());
}
