// Writes schemas/decision-lintrc.schema.json from the zod schema the CLI validates config files with,
// so that editors validate and complete `.decision-lintrc.json`. With --check it writes nothing and
// exits 1 when the checked-in file is stale (the tests run it that way).
import { join } from 'node:path';
import { z } from 'zod';
import { ALL_RULE_METAS, configFileSchema } from '../server/src/core';
import { writeOrCheck } from './generated-file';

const OUTPUT = join(__dirname, '..', 'schemas', 'decision-lintrc.schema.json');

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

function configSchemaText(): string {
  // draft-07 is the version every editor's JSON support understands.
  const { $schema, ...generated } = z.toJSONSchema(configFileSchema(), { target: 'draft-07', io: 'input' }) as JsonSchema;
  const rules = generated.properties!['rules']!;
  const definitions = { ruleSetting: rules['additionalProperties'] };
  const setting = { $ref: '#/definitions/ruleSetting' };
  // Listing the ids lets editors complete them, and flag the unknown ids the linter rejects; allOf
  // because draft-07 ignores keywords beside $ref.
  rules['additionalProperties'] = false;
  rules.properties = Object.fromEntries(ALL_RULE_METAS.map((meta) => [meta.id, { description: `${meta.description} Default: ${meta.defaultSeverity}.`, allOf: [setting] }]));
  const schema = {
    $schema,
    title: 'decision-lint configuration',
    description: 'A .decision-lintrc.json file: how decision-lint checks the decision statements in this folder and below.',
    ...generated,
    definitions,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

writeOrCheck(OUTPUT, configSchemaText(), 'npm run schema');
