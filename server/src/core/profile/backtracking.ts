/**
 * Finds, in a regular expression an office writes into its profile, the repetition that makes a
 * backtracking engine take time exponential in the length of a line: a repeated group holding an
 * unbounded repetition, where one round of the group can end with the same characters that the next
 * can begin with (`(\w+\s?)+`, `(?:\s*\w+)+`, `(a+)+`). Such a pattern, tried on a long paragraph,
 * stops the language server answering and a CI run finishing. The built-in patterns are checked far
 * more thoroughly by a ReDoS test; this looks for the one mistake that is easy to make and costly.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** The characters a part of a pattern may match: the ASCII ones exactly, any other as one flag. */
class CharSet {
  private readonly ascii = new Uint32Array(4);
  other = false;

  static any(): CharSet {
    const set = new CharSet();
    set.ascii.fill(0xffffffff);
    set.other = true;
    return set;
  }

  addRange(from: number, to: number): this {
    for (let code = from; code <= Math.min(to, 127); code++) this.ascii[code >> 5]! |= 1 << (code & 31);
    if (to > 127) this.other = true;
    return this;
  }

  addAll(set: CharSet): this {
    for (let i = 0; i < 4; i++) this.ascii[i]! |= set.ascii[i]!;
    this.other ||= set.other;
    return this;
  }

  complement(): CharSet {
    const set = new CharSet();
    for (let i = 0; i < 4; i++) set.ascii[i] = ~this.ascii[i]!;
    // Every class but one of all non-ASCII characters leaves some non-ASCII character out of it.
    set.other = true;
    return set;
  }

  /** Both cases of each ASCII letter, as a pattern read ignoring case matches them. */
  caseless(): CharSet {
    const set = new CharSet().addAll(this);
    for (let code = 65; code <= 90; code++) if (this.has(code) || this.has(code + 32)) set.addRange(code, code).addRange(code + 32, code + 32);
    return set;
  }

  has(code: number): boolean {
    return (this.ascii[code >> 5]! & (1 << (code & 31))) !== 0;
  }

  meets(set: CharSet): boolean {
    return (this.other && set.other) || this.ascii.some((bits, i) => (bits & set.ascii[i]!) !== 0);
  }
}

const DIGITS = new CharSet().addRange(48, 57);
const WORD = new CharSet().addRange(48, 57).addRange(65, 90).addRange(97, 122).addRange(95, 95);
const SPACE = new CharSet().addRange(9, 13).addRange(32, 32).addRange(0xa0, 0xa0);
const LINE_BREAKS = new CharSet().addRange(10, 10).addRange(13, 13);

function escapeSet(kind: 'digit' | 'word' | 'space', negate: boolean): CharSet {
  const set = kind === 'digit' ? DIGITS : kind === 'word' ? WORD : SPACE;
  return negate ? set.complement() : set;
}

type Part = AST.Element | AST.Alternative | AST.CharacterClassElement;

/** The characters a part can match, one at a time (a class, a set, a character). */
function charsOf(part: AST.Character | AST.CharacterClass | AST.CharacterSet | AST.CharacterClassElement, caseless: boolean): CharSet {
  let set: CharSet;
  switch (part.type) {
    case 'Character':
      set = new CharSet().addRange(part.value, part.value);
      break;
    case 'CharacterClassRange':
      set = new CharSet().addRange(part.min.value, part.max.value);
      break;
    case 'CharacterClass': {
      const inside = new CharSet();
      for (const element of part.elements) inside.addAll(charsOf(element, false));
      set = part.negate ? inside.complement() : inside;
      break;
    }
    case 'CharacterSet':
      set = part.kind === 'any' ? LINE_BREAKS.complement() : part.kind === 'property' ? CharSet.any() : escapeSet(part.kind, part.negate);
      break;
    default:
      // The `v` flag's set operations: counted as any character, which can only make a report likelier.
      set = CharSet.any();
  }
  return caseless ? set.caseless() : set;
}

/** What the check needs of each part: whether it can match nothing, and the characters it can begin and end with. */
interface Reach {
  empty: boolean;
  first: CharSet;
  last: CharSet;
}

function reachOf(part: Part, caseless: boolean): Reach {
  switch (part.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet': {
      const chars = charsOf(part, caseless);
      return { empty: false, first: chars, last: chars };
    }
    case 'Assertion':
      return { empty: true, first: new CharSet(), last: new CharSet() };
    case 'Backreference':
      return { empty: true, first: CharSet.any(), last: CharSet.any() };
    case 'Quantifier': {
      if (part.max === 0) return { empty: true, first: new CharSet(), last: new CharSet() };
      const inner = reachOf(part.element, caseless);
      return { ...inner, empty: inner.empty || part.min === 0 };
    }
    case 'Group':
    case 'CapturingGroup':
      return reachOfAlternatives(part.alternatives, caseless);
    case 'Alternative':
      return reachOfSequence(part.elements, caseless);
    default:
      return { empty: true, first: CharSet.any(), last: CharSet.any() };
  }
}

function reachOfAlternatives(alternatives: readonly AST.Alternative[], caseless: boolean): Reach {
  const reach: Reach = { empty: false, first: new CharSet(), last: new CharSet() };
  for (const alternative of alternatives) {
    const one = reachOf(alternative, caseless);
    reach.empty ||= one.empty;
    reach.first.addAll(one.first);
    reach.last.addAll(one.last);
  }
  return reach;
}

function reachOfSequence(elements: readonly AST.Element[], caseless: boolean): Reach {
  const reaches = elements.map((element) => reachOf(element, caseless));
  const first = new CharSet();
  for (const reach of reaches) {
    first.addAll(reach.first);
    if (!reach.empty) break;
  }
  const last = new CharSet();
  for (const reach of [...reaches].reverse()) {
    last.addAll(reach.last);
    if (!reach.empty) break;
  }
  return { empty: reaches.every((reach) => reach.empty), first, last };
}

/** The parts a part is made of, down to single characters. */
function childrenOf(node: AST.Node): readonly AST.Node[] {
  switch (node.type) {
    case 'Quantifier':
      return [node.element];
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives;
    case 'Assertion':
      return node.kind === 'lookahead' || node.kind === 'lookbehind' ? node.alternatives : [];
    case 'Alternative':
      return node.elements;
    default:
      return [];
  }
}

function holdsUnboundedRepetition(node: AST.Node): boolean {
  return (node.type === 'Quantifier' && node.max === Infinity) || childrenOf(node).some(holdsUnboundedRepetition);
}

function repetitions(node: AST.Node, found: AST.Quantifier[] = []): AST.Quantifier[] {
  if (node.type === 'Quantifier') found.push(node);
  for (const child of childrenOf(node)) repetitions(child, found);
  return found;
}

/**
 * The repetition, as written, that can make `source` (with `flags`) backtrack exponentially; undefined
 * when there is none of the kind this looks for, or the pattern is one this parser cannot read.
 */
export function exponentialRepetition(source: string, flags: string): string | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser().parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return undefined;
  }
  const caseless = flags.includes('i');
  for (const repetition of repetitions(pattern)) {
    if (repetition.max <= 1 || !holdsUnboundedRepetition(repetition.element)) continue;
    const round = reachOf(repetition.element, caseless);
    if (round.last.meets(round.first)) return repetition.raw;
  }
  return undefined;
}
