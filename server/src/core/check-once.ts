/**
 * How the core checks a file against its schema (a config, profile or paragraph library file, a rule's
 * options): without zod's fast path. That path writes a parser for each object schema with `new
 * Function` on its first parse, which pays for itself only over many parses; a run checks each file once.
 */
export const CHECK_ONCE = { jitless: true } as const;
