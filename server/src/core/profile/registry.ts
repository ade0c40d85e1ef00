import lgscoData from './lgsco.json';
import housingOmbudsmanData from './housing-ombudsman.json';
import { compileProfile, lgscoProfile, type Profile } from './compile';

/**
 * The house styles shipped as data, by id. An office adds its own by adding a JSON file that the
 * profile schema accepts and naming it here; the parser and rules read nothing else.
 */
export const PROFILE_DATA: Readonly<Record<string, unknown>> = {
  lgsco: lgscoData,
  'housing-ombudsman': housingOmbudsmanData,
};

/** The profile a document gets when neither its config nor its title says otherwise. */
export const DEFAULT_PROFILE_ID = 'lgsco';

export const PROFILE_IDS: readonly string[] = Object.keys(PROFILE_DATA);

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
