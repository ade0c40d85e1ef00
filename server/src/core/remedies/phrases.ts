import { PHRASE_KEY_LENGTH as KEY_LENGTH, type Token } from './words';

/** The most words a "~" in a phrase stands for. */
const MAX_GAP = 3;

/**
 * Phrases written as data ("provide ~ evidence", "apolog*"), each with a value, matched against the
 * words of a text. A word ending in "*" matches any word it begins, a lone "*" any one word, and "~" up
 * to three words or none; other words match exactly.
 */
export class PhraseTable<T> {
  /** Phrases by the first letters of their first word (a token's `key`), so each token is tried against a few. */
  private readonly byKey = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: readonly (readonly [string, T])[]) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
      const first = words[0] ?? '';
      const stem = first.endsWith('*') ? first.slice(0, -1) : first;
      if (stem.length === 0 || first === '~' || (first.endsWith('*') && stem.length < KEY_LENGTH)) {
        throw new Error(`"${phrase}" cannot start a phrase: begin it with a word (a stem of ${KEY_LENGTH} letters or more before "*")`);
      }
      const key = stem.slice(0, KEY_LENGTH);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), { words, value }]);
    }
  }

  /** The longest phrase that matches at `at`, or undefined. */
  longestAt(tokens: readonly Token[], at: number): { end: number; value: T } | undefined {
    const token = tokens[at];
    if (token === undefined || !token.isWord) return undefined;
    // Most words start no phrase: they are settled by the lookup alone.
    const entries = this.byKey.get(token.key);
    if (entries === undefined) return undefined;
    let best: { end: number; value: T } | undefined;
    for (const entry of entries) {
      const end = matchWords(tokens, at, entry.words, 0);
      if (end !== -1 && (best === undefined || end > best.end)) best = { end, value: entry.value };
    }
    return best;
  }

  /** The first place from `from` where a phrase matches. */
  find(tokens: readonly Token[], from = 0): { start: number; end: number; value: T } | undefined {
    for (let i = from; i < tokens.length; i++) {
      const match = this.longestAt(tokens, i);
      if (match !== undefined) return { start: i, ...match };
    }
    return undefined;
  }

  /** Each value the phrases give in the tokens, at the first place it is found, in the order found. */
  valuesIn(tokens: readonly Token[]): { value: T; at: number }[] {
    const firsts = new Map<T, number>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.isWord) continue;
      for (const entry of this.byKey.get(token.key) ?? []) {
        if (!firsts.has(entry.value) && matchWords(tokens, i, entry.words, 0) !== -1) firsts.set(entry.value, i);
      }
    }
    const found: { value: T; at: number }[] = [];
    for (const [value, at] of firsts) found.push({ value, at });
    return found;
  }
}

/** Phrases that only need to be found, not told apart. */
export function phraseSet(phrases: readonly string[]): PhraseTable<true> {
  return new PhraseTable(phrases.map((p) => [p, true] as const));
}

function matchWords(tokens: readonly Token[], at: number, words: readonly string[], from: number): number {
  let i = at;
  for (let p = from; p < words.length; p++) {
    const part = words[p]!;
    if (part === '~') {
      for (let gap = 0; gap <= MAX_GAP; gap++) {
        if (gap > 0 && !tokens[i + gap - 1]?.isWord) break;
        const end = matchWords(tokens, i + gap, words, p + 1);
        if (end !== -1) return end;
      }
      return -1;
    }
    const token = tokens[i];
    if (token === undefined || !token.isWord) return -1;
    if (part !== '*' && !(part.endsWith('*') ? token.lower.startsWith(part.slice(0, -1)) : token.lower === part)) return -1;
    i++;
  }
  return i;
}
