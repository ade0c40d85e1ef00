// Writes schemas/decision-lint-profile.schema.json from the zod schema profile files are checked with,
// so that an office writing its own profile gets validation and completion in its editor. With --check
// it writes nothing and exits 1 when the checked-in file is stale (the tests run it that way).
import { join } from 'node:path';
import { z } from 'zod';
import { profileSchema } from '../server/src/core';
import { writeOrCheck } from './generated-file';

const OUTPUT = join(__dirname, '..', 'schemas', 'decision-lint-profile.schema.json');

function profileSchemaText(): string {
  // draft-07 is the version every editor's JSON support understands.
  const { $schema, ...generated } = z.toJSONSchema(profileSchema(), { target: 'draft-07', io: 'input' });
  const schema = {
    $schema,
    title: 'decision-lint profile',
    description: 'A house style as data: the sections, front matter, outcomes and remedy wording of one ombudsman\'s decision statements (docs/profiles.md).',
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

writeOrCheck(OUTPUT, profileSchemaText(), 'npm run schema');
