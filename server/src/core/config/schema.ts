import * as z from 'zod';
import { statuteSchema } from '../citations/schema';
import { lazySchema } from '../lazy-schema';
import { PROFILE_ID } from '../profile/schema';

/** A value of `profile` or `profiles` that names a file rather than an id. */
export function isProfilePath(value: string): boolean {
  return value.endsWith('.json');
}

export const SEVERITY_SETTINGS = ['off', 'hint', 'info', 'warning', 'error'] as const;

/**
 * A `.decision-lintrc.json` file. Every key is optional: a file that only turns one rule off is a
 * whole config. The JSON Schema in schemas/ is generated from this and checked for staleness.
 */
export const configFileSchema = lazySchema(() => {
  const severity = z.enum(SEVERITY_SETTINGS);
  const ruleSetting = z.union(
    [severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])],
    { error: `expected a severity (${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}) or [severity, options]` },
  );
  return z
    .object({
      $schema: z.string().optional().describe('The JSON Schema this file follows; editors use it to validate and complete.'),
      root: z.boolean().optional().describe('Stop looking for configuration in parent folders.'),
      numbering: z
        .enum(['auto', 'continuous', 'restart'])
        .optional()
        .describe('Paragraph numbering mode: continuous through the statement (drafts), restarting under every heading (website copies), or auto to detect it per document.'),
      profile: z
        .string()
        .refine((s) => PROFILE_ID.test(s) || isProfilePath(s), 'expected "auto", a profile id, or the path of a profile file ending in .json')
        .optional()
        .describe('The house style a document is linted under: "auto" (default) chooses it from the header (the title\'s reference: 9 digits for the Housing Ombudsman, YY NNN NNN for the LGSCO; or a reference line of an office\'s own, such as "Case ref:"), a profile id ("lgsco", "housing-ombudsman", "spso", "psow", or one named in "profiles"), or the path of a profile file, relative to this file.'),
      profiles: z
        .record(z.string().regex(PROFILE_ID, 'expected a profile id: lower-case letters and hyphens'), z.string().refine(isProfilePath, 'expected the path of a profile file ending in .json'))
        .optional()
        .describe('An office\'s own profiles, by id, each the path of a profile file relative to this file: "auto" considers them before the built-in ones, and "profile" may name them.'),
      rules: z
        .record(z.string(), ruleSetting)
        .optional()
        .describe('Per rule: a severity ("off", "hint", "info", "warning", "error"), or [severity, options].'),
      headingAliases: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .describe('Extra headings accepted for a house section, keyed by section id (e.g. "findings").'),
      statutes: z
        .array(statuteSchema())
        .optional()
        .describe('Acts to add to the statute catalogue, or to extend when one of the same title and year is there already.'),
      files: z
        .array(z.string())
        .optional()
        .describe('Glob patterns of drafts to lint when a folder is given on the command line.'),
      ignores: z.array(z.string()).optional().describe('Glob patterns of paths never to lint when searching folders.'),
    })
    .strict();
});

export type ConfigFile = z.infer<ReturnType<typeof configFileSchema>>;
export type RuleSetting = NonNullable<ConfigFile['rules']>[string];
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];
