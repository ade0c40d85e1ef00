import type { Span } from '../types';
import type { Amount, AmountProblem } from './types';
import { isNumberWord, readNumber } from './numbers';
import { isSpaceAt, tokenize, type Token } from './words';
import { concatMap } from '../arrays';

/** Words after a figure that make it a larger unit the house does not write ("£2 million", "£3k"). */
const MULTIPLIERS = new Set(['million', 'millions', 'billion', 'bn', 'm', 'k']);

/**
 * Every sum of money in a span: "£1,000", "£250.50", and the forms the house does not use ("£1000",
 * "£250.00", "£250.5", "£ 250", "250 pounds", "five hundred pounds"). One pass over the text.
 */
export function amountsIn(text: string, span: Span): Amount[] {
  const amounts: Amount[] = [];
  for (let i = text.indexOf('£', span.start); i >= 0 && i < span.end; i = text.indexOf('£', i + 1)) {
    const amount = figuresAt(text, i, span.end);
    if (amount === undefined) continue;
    amounts.push(amount);
    i = amount.span.end - 1;
  }
  return amounts.concat(spelledOut(text, span, amounts)).sort((a, b) => a.span.start - b.span.start);
}

interface Figures {
  whole: string;
  pence: string | undefined;
  end: number;
}

/** Digits with any commas, then pence after a point: the longest such run from `from`. */
function readFigures(text: string, from: number, limit: number): Figures | undefined {
  let i = from;
  while (i < limit && (isDigit(text[i]!) || (text[i] === ',' && isDigit(text[i + 1] ?? '') && i + 1 < limit))) i++;
  if (i === from || !isDigit(text[from]!)) return undefined;
  const whole = text.slice(from, i);
  // Past a billion pounds a run of digits is a reference or a slip, not a sum the house writes.
  if (whole.replace(/,/g, '').length > 12) return undefined;
  if (text[i] === '.' && i + 1 < limit && isDigit(text[i + 1]!)) {
    let j = i + 1;
    while (j < limit && isDigit(text[j]!)) j++;
    return { whole, pence: text.slice(i + 1, j), end: j };
  }
  return { whole, pence: undefined, end: i };
}

function figuresAt(text: string, sign: number, limit: number): Amount | undefined {
  const spaced = text[sign + 1] === ' ';
  const figures = readFigures(text, sign + (spaced ? 2 : 1), limit);
  if (figures === undefined || followedByMultiplier(text, figures.end, limit)) return undefined;
  const problems: AmountProblem[] = spaced ? ['space-after-sign'] : [];
  return toAmount(text, { start: sign, end: figures.end }, figures, problems);
}

function toAmount(text: string, span: Span, figures: Figures, problems: AmountProblem[]): Amount {
  const groups = figures.whole.split(',');
  const grouped = groups.length > 1;
  const wellGrouped = groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
  const pounds = Number(figures.whole.replace(/,/g, ''));
  if (grouped && !wellGrouped) problems.push('misplaced-separator');
  if (!grouped && pounds >= 1000) problems.push('no-separator');
  const pence = figures.pence;
  if (pence !== undefined) {
    if (/^0+$/.test(pence)) problems.push('zero-pence');
    else if (pence.length === 1) problems.push('short-pence');
    else if (pence.length > 2) problems.push('long-pence');
  }
  const certain = !problems.includes('misplaced-separator') && !problems.includes('long-pence');
  const penceValue = pence === undefined ? 0 : Math.round(Number(`0.${pence}`) * 100);
  return {
    span,
    text: text.slice(span.start, span.end),
    pence: Math.round(pounds * 100) + penceValue,
    house: certain ? houseForm(pounds, penceValue) : undefined,
    problems,
  };
}

/** £ and a thousands separator; pence only when there are some (house-style.md section 6). */
export function houseForm(pounds: number, pence: number): string {
  const digits = String(pounds);
  let whole = digits.slice(0, digits.length % 3 || 3);
  for (let i = whole.length; i < digits.length; i += 3) whole += `,${digits.slice(i, i + 3)}`;
  return pence === 0 ? `£${whole}` : `£${whole}.${String(pence).padStart(2, '0')}`;
}

function followedByMultiplier(text: string, at: number, limit: number): boolean {
  let i = at;
  if (text[i] === ' ') i++;
  let j = i;
  while (j < limit && j - i < 9 && /[A-Za-z]/.test(text[j]!)) j++;
  if (j < limit && /[A-Za-z]/.test(text[j]!)) return false;
  return MULTIPLIERS.has(text.slice(i, j).toLowerCase()) && (i === at || text.slice(i, j).length > 1);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** "five hundred pounds" and "250 pounds": sums with no "£", unless the figures follow in brackets. */
function spelledOut(text: string, span: Span, figures: readonly Amount[]): Amount[] {
  const tokens = concatMap(aroundPounds(text, span), (window) => tokenize(text, window));
  const figureEnds = new Set(figures.map((f) => f.span.end));
  const found: Amount[] = [];
  let nextFigure = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (nextFigure < figures.length && figures[nextFigure]!.span.end <= token.start) nextFigure++;
    const insideFigure = nextFigure < figures.length && figures[nextFigure]!.span.start <= token.start;
    if (insideFigure || !startsNumber(tokens, i) || precededByNumber(tokens, i) || partOfLooserSum(tokens, i)) continue;
    const read = readSum(text, tokens, i, span.end);
    if (read === undefined) continue;
    const unit = tokens[read.next];
    const isPounds = unit !== undefined && (unit.lower === 'pounds' || unit.lower === 'pound');
    if (isPounds && !repeatsFigures(text, token.start, figureEnds) && !figuresFollow(tokens, read.next + 1) && !isWeight(tokens, i, read.next)) {
      found.push(withPenceAfter(read.amount({ start: token.start, end: unit.end }), text, tokens, read.next + 1));
    }
    i = read.next - 1;
  }
  return found;
}

/** How far before "pounds" a sum in words can start: "one thousand two hundred and fifty" is 34. */
const WORDS_BEFORE_UNIT = 80;
const WORDS_AFTER_UNIT = 30;

/**
 * Only the text just before each "pound" or "pounds" can hold a sum without "£", so only that is
 * split into words: tokenising a whole statement for a handful of units was most of the lint time.
 */
function aroundPounds(text: string, span: Span): Span[] {
  const windows: Span[] = [];
  let from = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(/\bpounds?\b/gi)) {
    const unitEnd = span.start + m.index + m[0].length;
    // Enough more to see figures that follow in brackets, "five hundred pounds (£500)", or pence that
    // follow, "ten pounds and ninety-nine pence".
    let end = Math.min(span.end, unitEnd + WORDS_AFTER_UNIT);
    // End on a word boundary too: the next window starts where this one ends.
    while (end < span.end && !isSpaceAt(text, end)) end++;
    let start = Math.max(from, unitEnd - m[0].length - WORDS_BEFORE_UNIT);
    // Start on a word boundary, so that no word is cut in two.
    if (start > from) while (start < end && !isSpaceAt(text, start - 1)) start++;
    windows.push({ start, end });
    from = end;
  }
  return windows;
}

/** The number at a token, in figures or words, and how to make it an amount once its span is known. */
function readSum(text: string, tokens: readonly Token[], i: number, limit: number): { next: number; amount: (span: Span) => Amount } | undefined {
  const token = tokens[i]!;
  if (isDigit(token.lower[0]!)) {
    const figures = readFigures(text, token.start, limit);
    if (figures === undefined) return undefined;
    let next = i;
    while (next < tokens.length && tokens[next]!.start < figures.end) next++;
    return { next, amount: (span) => toAmount(text, span, figures, ['no-sign']) };
  }
  const number = readNumber(tokens, i, { article: true });
  if (number === undefined) return undefined;
  return {
    next: number.next,
    amount: (span) => ({ span, text: text.slice(span.start, span.end), pence: number.value * 100, house: houseForm(number.value, 0), problems: ['in-words'] }),
  };
}

function startsNumber(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!token.isWord) return false;
  if (/^\d+$/.test(token.lower)) return !['£', ',', '.'].includes(tokens[i - 1]?.lower ?? '') || tokens[i - 1]!.end < token.start;
  if (token.lower === 'a' || token.lower === 'an') return tokens[i + 1] !== undefined && /^(?:hundred|thousand)$/.test(tokens[i + 1]!.lower);
  return isNumberWord(token.lower);
}

/**
 * A number that is part of a rougher or larger sum: "two or three hundred pounds", "between two and
 * three hundred", "one and a half thousand", "several thousand pounds". Written as "£300" or "£1,000",
 * the sum would change; the house's figures for it are the writer's to choose.
 */
function partOfLooserSum(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.lower === 'hundred' || token.lower === 'thousand') return true;
  const previous = tokens[i - 1]?.lower;
  if (previous === 'between' || previous === 'half' || previous === 'quarter') return true;
  const beforeThat = tokens[i - 2];
  return (previous === 'or' || previous === 'to' || previous === 'and') && beforeThat !== undefined && isNumberToken(beforeThat);
}

function isNumberToken(token: Token): boolean {
  return token.isWord && (/^\d+$/.test(token.lower) || isNumberWord(token.lower));
}

/**
 * Pence after the pounds: "ten pounds and fifty pence" is £10.50, so the amount takes them in. A number
 * with no "pence" after it ("five pounds fifty", "two hundred pounds one month later") may or may not
 * be pence, so the amount has no house form: the writer is asked to check it, and nothing is rewritten.
 */
function withPenceAfter(amount: Amount, text: string, tokens: readonly Token[], at: number): Amount {
  const start = tokens[at]?.lower === 'and' ? at + 1 : at;
  const pence = penceAt(tokens, start);
  if (pence === undefined) return amount;
  if (pence.unit === undefined || pence.value >= 100 || amount.pence % 100 !== 0) return { ...amount, house: undefined };
  const span = { start: amount.span.start, end: pence.unit.end };
  const total = amount.pence + pence.value;
  return { ...amount, span, text: text.slice(span.start, span.end), pence: total, house: amount.house && houseForm(Math.floor(total / 100), total % 100) };
}

/** A number at a token, "fifty pence" or "50p" or just "fifty", and the token that says pence if one does. */
function penceAt(tokens: readonly Token[], at: number): { value: number; unit?: Token } | undefined {
  const token = tokens[at];
  const short = token && /^(\d{1,2})p$/.exec(token.lower);
  if (short) return { value: Number(short[1]), unit: token };
  const number = readNumber(tokens, at);
  if (number === undefined) return undefined;
  const unit = tokens[number.next];
  return unit?.lower === 'pence' || unit?.lower === 'p' ? { value: number.value, unit } : { value: number.value };
}

function precededByNumber(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && previous.isWord && isNumberWord(previous.lower);
}

/** "£500 (five hundred pounds)": the words only repeat figures already given. */
function repeatsFigures(text: string, start: number, figureEnds: ReadonlySet<number>): boolean {
  let i = start - 1;
  while (i >= 0 && start - i < 4 && text[i] === ' ') i--;
  if (text[i] !== '(') return false;
  i--;
  while (i >= 0 && start - i < 8 && text[i] === ' ') i--;
  return figureEnds.has(i + 1);
}

/** Words near "pounds" that make it a weight: "lost 14 pounds in weight", "eight stone four pounds", "a lifting limit of twenty pounds". */
const WEIGHT_WORDS = new Set(['weigh', 'weighs', 'weighed', 'weighing', 'weight', 'stone', 'stones', 'lift', 'lifts', 'lifted', 'lifting', 'ounces', 'heavy', 'heavier']);
/** How many words before the number, and after "pounds", a weight word may be. */
const WEIGHT_REACH = 6;

function isWeight(tokens: readonly Token[], first: number, unit: number): boolean {
  for (let k = Math.max(0, first - WEIGHT_REACH); k <= Math.min(tokens.length - 1, unit + 3); k++) {
    if (k >= first && k <= unit) continue;
    if (WEIGHT_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "five hundred pounds (£500)". */
function figuresFollow(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === '(' && tokens[i + 1]?.lower === '£';
}
