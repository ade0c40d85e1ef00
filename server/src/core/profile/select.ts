import type { Profile } from './compile';
import { DEFAULT_PROFILE_ID } from './registry';

/** Which profile a document is linted under, where it came from and why, in words `--print-config` can show. */
export interface ProfileChoice {
  id: string;
  /** "built-in", or the path of the profile file it was read from. */
  from: string;
  reason: string;
}

/** A profile a document may be linted under: the config's profile files, nearest first, then the built-in ones. */
export interface Candidate {
  profile: Profile;
  from: string;
}

/** Only the header can carry the reference, and it comes first; a web copy's clutter may come before it. */
const SCANNED_LINES = 12;
/** However many of them are blank, the header is looked for in the first lines only. */
const READ_LINES = 200;

/**
 * Chooses the profile from the document itself, before it is parsed, so that it is parsed once. The
 * header's shape says whose decision it is: a reference line of an office's own ("Case ref: ...",
 * "Case Reference Number: ..."), or else the reference in the title's closing brackets, whose form only
 * one office uses (9 digits for the Housing Ombudsman, YY NNN NNN for the LGSCO). `configured` is the
 * config's `profile`, `source` the file that set it.
 */
export function chooseProfile(text: string, configured: string, source: string | undefined, candidates: readonly Candidate[]): ProfileChoice {
  const choose = (id: string, reason: string): ProfileChoice => {
    const found = candidates.find((c) => c.profile.id === id)!;
    return { id, from: found.from, reason };
  };
  if (configured !== 'auto') return choose(configured, `config: profile set in ${source ?? 'the configuration'}`);
  const header = headerOf(text, candidates);
  if (header === undefined) return choose(DEFAULT_PROFILE_ID, 'auto: the title has no reference, so the default profile applies');
  if ('field' in header) return { id: header.field.profile.id, from: header.field.from, reason: `auto: the header's "${header.label}" line is a ${header.field.profile.name} header` };
  const { reference } = header;
  // An office that gives its reference on a line of its own does not put one in a title.
  const titled = candidates.filter((c) => c.profile.data.fields.reference.length === 0);
  const found =
    titled.find((c) => c.profile.referencePattern.test(reference)) ??
    titled.find((c) => sameGrouping(reference, c.profile)) ??
    titled.find((c) => sameDigitCount(reference, c.profile));
  if (found === undefined) return choose(DEFAULT_PROFILE_ID, `auto: the title's reference ${reference} is no known ombudsman's, so the default profile applies`);
  return { id: found.profile.id, from: found.from, reason: `auto: the title's reference ${reference} is a ${found.profile.name} reference` };
}

type Header = { field: Candidate; label: string } | { reference: string };

/** The first line that gives a reference: a profile's reference line, or a title ending "(reference)". */
function headerOf(text: string, candidates: readonly Candidate[]): Header | undefined {
  let seen = 0;
  // Line by line from the top, rather than splitting off lines that are never read: the header is short.
  for (let start = 0, read = 0; start <= text.length && read < READ_LINES; read++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end).trim();
    start = end === -1 ? text.length + 1 : end + 1;
    if (line.length === 0) continue;
    if (++seen > SCANNED_LINES) return undefined;
    const colon = line.indexOf(':');
    const label = colon === -1 ? '' : line.slice(0, colon).trimEnd();
    const fields = label.length > 0 ? candidates.filter((c) => c.profile.fieldRoles.get(label.toLowerCase()) === 'reference') : [];
    if (fields.length > 0) return { field: fields.length === 1 ? fields[0]! : likeliestHeader(text, fields), label };
    const open = line.lastIndexOf('(');
    if (open !== -1 && line.endsWith(')')) return { reference: line.slice(open + 1, -1).trim() };
  }
  return undefined;
}

/**
 * Of offices that name their reference line alike ("Case reference"), the one whose header labels the
 * draft uses most ("Report Date" is the PSOW's): the first, in the given order, when none is ahead.
 */
function likeliestHeader(text: string, fields: readonly Candidate[]): Candidate {
  const labels = text
    .slice(0, HEADER_CHARS)
    .split('\n')
    .map((line) => line.slice(0, Math.max(0, line.indexOf(':'))).trim().toLowerCase())
    .filter((label) => label.length > 0);
  const score = (c: Candidate) => labels.filter((label) => c.profile.fieldRoles.has(label)).length;
  return fields.reduce((best, c) => (score(c) > score(best) ? c : best));
}

/** How much of the draft's start the header labels are looked for in. */
const HEADER_CHARS = 2000;

/**
 * A reference in an office's grouping with a slip in its last group ("23 014 5521", a digit too many)
 * is still that office's: the digits a group holds before the last say whose, where the count alone
 * would name another office.
 */
function sameGrouping(reference: string, profile: Profile): boolean {
  const groups = reference.split(/[\s./-]+/).map((g) => g.length);
  const { digits } = profile.data.reference;
  if (!/^\d+(?:[\s./-]+\d+)+$/.test(reference) || groups.length !== digits.length) return false;
  return groups.slice(0, -1).every((length, i) => length === digits[i]);
}

/** A reference typed with other separators ("202-009-340") still says which ombudsman by its digit count. */
function sameDigitCount(reference: string, profile: Profile): boolean {
  if (/[^\d\s./-]/.test(reference)) return false;
  const digits = reference.replace(/\D/g, '').length;
  return digits === profile.data.reference.digits.reduce((a, b) => a + b, 0);
}
