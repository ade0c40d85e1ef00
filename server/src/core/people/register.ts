import type { DecisionModel } from '../model/model';
import { oncePer } from '../once-per';
import { scanLocally } from '../incremental/document-memo';
import { movedSpan, type LocalScan } from '../incremental/local-scans';
import type { Span } from '../types';
import { bareLetterMentions, CHILD_INTRODUCTIONS } from './children';
import { ENTITY_MENTIONS, entitiesOf } from './entities';
import { asTitle, sameGroup, TITLED_LETTER, TITLES } from './titles';
import { isWordCode } from './words';
import type { Drift, PeopleRegister, Person, PersonMention, PersonTitle, SharedLetter } from './types';

/**
 * The people of a statement: who the complainant is, the other adults, the children and the
 * anonymised places, each with every mention; and the mentions that do not fit the register.
 * Worked out once per model, for the pseudonym rules and the language server's outline and hovers.
 */
export const peopleOf = oncePer(buildRegister);

type Titled = PersonMention & { title: PersonTitle; letter: string };

/** "The complainant, whom I shall refer to as Miss X", "I call the complainant Mr D": the title and letter soon after the word. */
const INTRODUCTION = /[Cc]omplainant\b[^.\n\u2019']{1,60}?\b(Mrs|Miss|Mr|Ms|Mx|Dr)\.?[ \u00a0]([A-Z])(?![\w-])/g;
/** "the complainant and her son, Mr Y": the name after a relation word is someone else's. */
export const RELATIVE = /\b(?:son|daughter|husband|wife|partner|mother|father|brother|sister|neighbour|friend|advocate|representative|solicitor)\b/;
/** A mention right before "complains" names the complainant when no introduction does ("Ms X complains"). */
const COMPLAINS = /^ complain/;

/**
 * Every titled letter, read with one pattern object. A statement has thousands of them, so the pattern
 * is tested rather than executed (no array of groups per mention) and the match is read back from
 * where it ends: the letter, one space, the title's optional full stop, and the title before them.
 */
function titledMentions(text: string): Titled[] {
  const titled: Titled[] = [];
  TITLED_LETTER.lastIndex = 0;
  while (TITLED_LETTER.test(text)) {
    const end = TITLED_LETTER.lastIndex;
    const titleEnd = text.charCodeAt(end - 3) === FULL_STOP ? end - 3 : end - 2;
    const title = titleEndingAt(text, titleEnd)!;
    titled.push({ span: { start: titleEnd - title.length, end }, letterSpan: { start: end - 1, end }, title, letter: text[end - 1]! });
  }
  return titled;
}

const FULL_STOP = 0x2e;

/** Titled letters, scanned line by line: the pattern allows only a space between title and letter. */
const TITLED_LETTERS: LocalScan<Titled> = {
  within: 'line',
  find: titledMentions,
  moved: (t, by) => ({ span: movedSpan(t.span, by), letterSpan: movedSpan(t.letterSpan, by), title: t.title, letter: t.letter }),
  start: (t) => t.span.start,
};

/** What joins the two titles of a couple. */
const AND = ' and ';

/**
 * "Mr and Mrs X": a couple shares a letter, and that is the house's way, not a slip. The second title
 * of a couple is a titled mention written without a full stop, so couples are read back from those
 * mentions rather than by one more pattern over the whole text.
 */
function couples(text: string, titled: readonly Titled[]): { first: PersonTitle; second: Titled; span: Span }[] {
  const found: { first: PersonTitle; second: Titled; span: Span }[] = [];
  for (const second of titled) {
    const { start, end } = second.span;
    const withoutStop = end - start === second.title.length + 2;
    if (!withoutStop || !text.startsWith(AND, start - AND.length)) continue;
    const first = titleEndingAt(text, start - AND.length);
    if (first !== undefined) found.push({ first, second, span: { start: start - AND.length - first.length, end } });
  }
  return found;
}

/** The title that ends at `end` and starts a word, if any (no title ends another, so there is at most one). */
function titleEndingAt(text: string, end: number): PersonTitle | undefined {
  // A loop, not `find`: it runs for every titled mention, and a callback would be made for each.
  for (const title of TITLES) {
    if (end >= title.length && text.startsWith(title, end - title.length) && !isWordCode(text.charCodeAt(end - title.length - 1))) return title;
  }
  return undefined;
}

function findComplainant(model: DecisionModel, titled: readonly Titled[]): { title: PersonTitle; letter: string; span: Span } | undefined {
  // The first introduction is usually in the first paragraph: the rest of the text is not read for more.
  for (const intro of model.text.matchAll(INTRODUCTION)) {
    if (!RELATIVE.test(intro[0])) return { title: asTitle(intro[1]!), letter: intro[2]!, span: { start: intro.index, end: intro.index + intro[0].length } };
  }
  const summary = model.frontMatter.summary?.valueSpan;
  const first =
    titled.find((t) => summary !== undefined && t.span.start >= summary.start && t.span.end <= summary.end) ??
    titled.find((t) => COMPLAINS.test(model.text.slice(t.span.end, t.span.end + 10)));
  return first === undefined ? undefined : { title: first.title, letter: first.letter, span: first.span };
}

/** Below this share of the registered person's mentions, a second title on the letter is a slip, not a second person. */
const SECOND_PERSON_SHARE = 4;
const SECOND_PERSON_MIN = 3;

function buildRegister(model: DecisionModel): PeopleRegister {
  const text = model.text;
  const titled = scanLocally(model, TITLED_LETTERS);
  const people: Person[] = [];
  const shared: SharedLetter[] = [];
  const drifts: Drift[] = [];
  // The people of each letter, in the order they were added: looked up for every titled mention.
  const byLetter = new Map<string, Person[]>();
  const owners = (letter: string): readonly Person[] => byLetter.get(letter) ?? [];
  const add = (person: Person) => {
    people.push(person);
    const same = byLetter.get(person.letter);
    if (same === undefined) byLetter.set(person.letter, [person]);
    else same.push(person);
    return person;
  };

  const intro = findComplainant(model, titled);
  const complainant = intro && add({ letter: intro.letter, title: intro.title, role: 'complainant', firstMention: intro.span, mentions: [] });

  for (const { first, second, span } of couples(text, titled)) {
    for (const title of [first, second.title]) {
      if (!owners(second.letter).some((p) => p.title === title)) add({ letter: second.letter, title, role: 'adult', firstMention: span, mentions: [] });
    }
  }

  for (const child of scanLocally(model, CHILD_INTRODUCTIONS)) {
    if (owners(child.letter).some((p) => p.role === 'child')) continue;
    const others = owners(child.letter);
    const person = add({ letter: child.letter, role: 'child', firstMention: child.span, mentions: [] });
    if (others[0] !== undefined) shared.push({ letter: child.letter, people: [others[0], person], certain: true, span: child.letterSpan });
  }

  const strays = new Map<string, Titled[]>();
  for (const mention of titled) {
    const { letter, title, span, letterSpan } = mention;
    const own = owners(letter);
    const same = own.find((p) => p.title === title);
    if (same !== undefined) same.mentions.push({ span, letterSpan, title });
    else if (own.length === 0) add({ letter, title, role: 'adult', firstMention: span, mentions: [{ span, letterSpan, title }] });
    else if (own.every((p) => p.role === 'child')) drifts.push({ mention, registered: own[0]!, kind: 'child-titled' });
    else strays.set(`${title} ${letter}`, [...(strays.get(`${title} ${letter}`) ?? []), mention]);
  }

  for (const group of strays.values()) {
    const { letter, title } = group[0]!;
    const registered = owners(letter).find((p) => p.role === 'complainant') ?? owners(letter).find((p) => p.title !== undefined)!;
    const likelySecond = !sameGroup(title, registered.title!) && group.length >= SECOND_PERSON_MIN && group.length * SECOND_PERSON_SHARE >= registered.mentions.length;
    if (likelySecond) {
      const second = add({ letter, title, role: 'adult', firstMention: group[0]!.span, mentions: group.map(({ span, letterSpan }) => ({ span, letterSpan, title })) });
      shared.push({ letter, people: [registered, second], certain: false, span: group[0]!.span });
    } else {
      for (const mention of group) drifts.push({ mention, registered, kind: 'title' });
    }
  }

  const children = people.filter((p) => p.role === 'child');
  const bare = bareLetterMentions(text, new Set(children.map((child) => child.letter)));
  for (const child of children) child.mentions = bare.get(child.letter) ?? [];
  drifts.sort((a, b) => a.mention.span.start - b.mention.span.start);
  const register: PeopleRegister = { people, entities: entitiesOf(scanLocally(model, ENTITY_MENTIONS)), drifts, shared };
  if (complainant !== undefined) register.complainant = complainant;
  return register;
}
