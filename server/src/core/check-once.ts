/**
 * How the core checks data against a schema that a run checks once (the shipped statutes, vocabulary
 * and profiles, a config or profile file, a rule's options): without zod's fast path. That path writes
 * a parser for each object schema with `new Function` on its first parse, which pays for itself only
 * over many parses; a CLI start checked some twenty schemas once each.
 */
export const CHECK_ONCE = { jitless: true } as const;
