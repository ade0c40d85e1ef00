import { builtInProfile, DEFAULT_PROFILE_ID, PROFILE_IDS } from './registry';

/** Which profile a document is linted under, and why, in words `--print-config` can show. */
export interface ProfileChoice {
  id: string;
  reason: string;
}

/** Only the title can carry the reference, and it comes first; a web copy's clutter may come before it. */
const SCANNED_LINES = 12;

/**
 * Chooses the profile from the document itself, before it is parsed, so that it is parsed once: the
 * reference in the title's closing brackets has a shape that only one ombudsman uses (9 digits for the
 * Housing Ombudsman, YY NNN NNN for the LGSCO). `configured` is the config's `profile`, `source` the
 * file that set it.
 */
export function chooseProfile(text: string, configured: string, source: string | undefined): ProfileChoice {
  if (configured !== 'auto') return { id: configured, reason: `config: profile set in ${source ?? 'the configuration'}` };
  const reference = titleReference(text);
  if (reference === undefined) return { id: DEFAULT_PROFILE_ID, reason: 'auto: the title has no reference, so the default profile applies' };
  const id = PROFILE_IDS.find((p) => builtInProfile(p).referencePattern.test(reference)) ?? PROFILE_IDS.find((p) => sameDigitCount(reference, p));
  if (id === undefined) return { id: DEFAULT_PROFILE_ID, reason: `auto: the title's reference ${reference} is no known ombudsman's, so the default profile applies` };
  return { id, reason: `auto: the title's reference ${reference} is a ${builtInProfile(id).name} reference` };
}

/** The text in the closing brackets of the first line that ends with one ("Body (202009340)"). */
function titleReference(text: string): string | undefined {
  let seen = 0;
  for (const raw of text.split('\n', 200)) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (++seen > SCANNED_LINES) return undefined;
    const open = line.lastIndexOf('(');
    if (open !== -1 && line.endsWith(')')) return line.slice(open + 1, -1).trim();
  }
  return undefined;
}

/** A reference typed with other separators ("202-009-340") still says which ombudsman by its digit count. */
function sameDigitCount(reference: string, id: string): boolean {
  if (/[^\d\s./-]/.test(reference)) return false;
  const digits = reference.replace(/\D/g, '').length;
  return digits === builtInProfile(id).data.reference.digits.reduce((a, b) => a + b, 0);
}
