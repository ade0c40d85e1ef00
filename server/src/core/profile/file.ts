import { ConfigError, configErrorOf } from '../config/resolve';
import { compileProfile } from './compile';
import { profileSchema, type ProfileData } from './schema';
import { CHECK_ONCE } from '../check-once';

/** An office's own profile, read from the file a config names; the core gets its data, never the file. */
export interface ProfileFile {
  id: string;
  /** The path it was read from, for messages and `--print-config`. */
  source: string;
  data: ProfileData;
}

/**
 * Checks a profile file's parsed JSON: its shape, then that it compiles (its patterns, and the standard
 * paragraphs its sections name). A problem is a `ConfigError` naming the file and the path of the key.
 */
export function checkProfileFile(raw: unknown, source: string): ProfileFile {
  const parsed = profileSchema().safeParse(raw, CHECK_ONCE);
  if (!parsed.success) throw configErrorOf(parsed.error, source);
  try {
    compileProfile(parsed.data);
  } catch (error) {
    throw new ConfigError(source, '', `is not a usable profile: ${(error as Error).message}`);
  }
  return { id: parsed.data.id, source, data: parsed.data };
}
