// zod/mini rather than zod: the VS Code extension bundles this loader, and full zod would triple its size.
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';

/** What a library entry is for; editors group and filter by it. */
export const PARAGRAPH_KINDS = ['skeleton', 'standard', 'introduction', 'remedy', 'evidence-request'] as const;

const schemas = lazySchema(() => {
  const kebab = (what: string) => z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, `expected a kebab-case ${what}`));
  const text = () => z.string().check(z.minLength(1));

  const ParagraphSchema = z.strictObject({
    id: kebab('id'),
    kind: z.enum(PARAGRAPH_KINDS),
    /** The heading a quick pick groups the entry under. */
    theme: text(),
    label: text(),
    /** What a person types to get the entry as a snippet or completion. */
    prefix: kebab('prefix'),
    /** The house section (profile id) the entry belongs in, so completion can offer it there first. */
    section: z.optional(z.string()),
    description: text(),
    /**
     * Lines in the snippet syntax VS Code and LSP share: `$1`, `${1:default}`, `${1|a,b|}`, `$0`, and `\$`
     * for a literal dollar. A line may include another entry, placeholders and all, as `{{id}}`.
     */
    body: z.array(z.string()).check(z.minLength(1)),
    /** Printed in round brackets after the body, as the house ends a role-and-powers paragraph. */
    citation: z.optional(z.string().check(z.regex(/^\(.*\)$/, 'expected a citation in round brackets'))),
  });

  const ParagraphLibrarySchema = z.strictObject({
    $schema: z.optional(z.string()),
    name: text(),
    /** Keep the built-in entries that this library does not replace by id. */
    inherit: z._default(z.boolean(), false),
    paragraphs: z.array(ParagraphSchema),
  });

  return { ParagraphSchema, ParagraphLibrarySchema };
});

/** A paragraph library file: the built-in one, or an office's own. */
export const paragraphLibrarySchema = () => schemas().ParagraphLibrarySchema;

type Schemas = ReturnType<typeof schemas>;
export type ParagraphLibrary = z.infer<Schemas['ParagraphLibrarySchema']>;
export type Paragraph = z.infer<Schemas['ParagraphSchema']>;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];
