// Writes server/src/core/built-ins/: the data decision-lint ships, checked against its schemas and
// completed with their defaults, so that no run checks it again (see server/src/core/built-ins.ts).
// With --check it writes nothing and exits 1 when a checked-in file is stale (the tests run it that way).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { profileSchema } from '../server/src/core/profile/schema';
import { vocabularySchema } from '../server/src/core/remedies/vocabulary';
import { bankHolidaysSchema } from '../server/src/core/remedies/calendar';
import { catalogueSchema } from '../server/src/core/citations/schema';
import { powersSchema } from '../server/src/core/citations/powers';
import { checkParagraphLibrary } from '../server/src/core/paragraphs/library';
import { writeOrCheck } from './generated-file';
import lgsco from '../server/src/core/profile/lgsco.json';
import housingOmbudsman from '../server/src/core/profile/housing-ombudsman.json';
import spso from '../server/src/core/profile/spso.json';
import psow from '../server/src/core/profile/psow.json';
import vocabulary from '../server/src/core/remedies/vocabulary.json';
import englandAndWales from '../server/src/core/remedies/bank-holidays.json';
import scotland from '../server/src/core/remedies/bank-holidays-scotland.json';
import statutes from '../server/src/core/citations/statutes.json';
import powers from '../server/src/core/citations/powers-themes.json';
import library from '../server/src/core/paragraphs/library.json';

const OUTPUT = join(__dirname, '..', 'server', 'src', 'core', 'built-ins');

/** The file names in built-ins/ that built-ins.ts imports, with their data. */
const builtIns: Record<string, unknown> = {
  'profiles.json': {
    lgsco: profileSchema().parse(lgsco),
    'housing-ombudsman': profileSchema().parse(housingOmbudsman),
    spso: profileSchema().parse(spso),
    psow: profileSchema().parse(psow),
  },
  'vocabulary.json': vocabularySchema().parse(vocabulary),
  'bank-holidays.json': { 'england-and-wales': bankHolidaysSchema().parse(englandAndWales), scotland: bankHolidaysSchema().parse(scotland) },
  'statutes.json': catalogueSchema().parse(statutes),
  'powers.json': powersSchema().parse(powers),
  'paragraphs.json': checkParagraphLibrary(library, 'built-in paragraph library'),
};

for (const [name, data] of Object.entries(builtIns)) {
  const text = `${JSON.stringify(data, null, 2)}\n`;
  // The core reads each file as the schema's output itself, so that output must be plain JSON data.
  assert.deepStrictEqual(JSON.parse(text), data, `${name}: the schema gave back something JSON does not keep`);
  writeOrCheck(join(OUTPUT, name), text, 'npm run generate');
}
