import { compileProfile, lgscoProfile, type Profile } from './compile';
import type { ProfileData } from './schema';
import { BUILT_IN_PROFILES } from '../built-ins';
import type { Candidate } from './select';

/**
 * The house styles shipped as data, by id. An office adds its own without code, as a profile file that
 * its `.decision-lintrc.json` names (docs/profiles.md); the parser and rules read nothing else.
 */
export const PROFILE_DATA: Readonly<Record<string, ProfileData>> = BUILT_IN_PROFILES;

/** The profile a document gets when neither its config nor its header says otherwise. */
export const DEFAULT_PROFILE_ID = 'lgsco';

export const PROFILE_IDS: readonly string[] = Object.keys(PROFILE_DATA);

/** Where `--print-config` says a shipped profile came from. */
export const BUILT_IN = 'built-in';

const plain = new Map<string, Profile>();

/** A shipped profile as it is, compiled once: most documents are linted with one of these. */
export function builtInProfile(id: string): Profile {
  if (id === DEFAULT_PROFILE_ID) return lgscoProfile();
  let profile = plain.get(id);
  if (profile === undefined) {
    const data = PROFILE_DATA[id];
    if (data === undefined) throw new Error(`unknown profile "${id}"; expected one of ${PROFILE_IDS.join(', ')}`);
    profile = compileProfile(data);
    plain.set(id, profile);
  }
  return profile;
}

let builtIns: Candidate[] | undefined;

/** Every shipped profile, for choosing among. */
export function builtInCandidates(): readonly Candidate[] {
  builtIns ??= PROFILE_IDS.map((id) => ({ profile: builtInProfile(id), from: BUILT_IN }));
  return builtIns;
}
