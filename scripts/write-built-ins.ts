// Writes server/src/core/built-ins.generated.json: the data decision-lint ships, checked against its
// schemas and completed with their defaults, so that no run checks it again. With --check it writes
// nothing and exits 1 when the checked-in file is stale (the tests run it that way).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { BuiltIns } from '../server/src/core/built-ins';
import { ProfileSchema } from '../server/src/core/profile/schema';
import { VocabularySchema } from '../server/src/core/remedies/vocabulary';
import { BankHolidaysSchema } from '../server/src/core/remedies/calendar';
import { CatalogueSchema } from '../server/src/core/citations/schema';
import { PowersSchema } from '../server/src/core/citations/powers';
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

const OUTPUT = join(__dirname, '..', 'server', 'src', 'core', 'built-ins.generated.json');

const builtIns: BuiltIns = {
  profiles: {
    lgsco: ProfileSchema.parse(lgsco),
    'housing-ombudsman': ProfileSchema.parse(housingOmbudsman),
    spso: ProfileSchema.parse(spso),
    psow: ProfileSchema.parse(psow),
  },
  vocabulary: VocabularySchema.parse(vocabulary),
  bankHolidays: { 'england-and-wales': BankHolidaysSchema.parse(englandAndWales), scotland: BankHolidaysSchema.parse(scotland) },
  statutes: CatalogueSchema.parse(statutes),
  powers: PowersSchema.parse(powers),
  paragraphs: checkParagraphLibrary(library, 'built-in paragraph library'),
};

const text = `${JSON.stringify(builtIns, null, 2)}\n`;
// The core reads the file as the schemas' output itself, so the output must be plain JSON data.
assert.deepStrictEqual(JSON.parse(text), builtIns, 'the schemas gave back something JSON does not keep');
writeOrCheck(OUTPUT, text, 'npm run generate');
