// Writes snippets/decision.code-snippets from the paragraph library, so that VS Code's snippets say
// exactly what the language server's completion and the insert command offer. With --check it writes
// nothing and exits 1 when the checked-in file is stale (the tests run it that way).
import { join } from 'node:path';
import { builtInParagraphs, type StandardParagraph } from '../server/src/core/paragraphs/library';
import { writeOrCheck } from './generated-file';

const OUTPUT = join(__dirname, '..', 'snippets', 'decision.code-snippets');

function snippetsFileText(paragraphs: readonly StandardParagraph[]): string {
  const snippets = Object.fromEntries(
    paragraphs.map((p) => [p.label, { prefix: p.prefix, description: p.description, body: p.snippet.split('\n') }]),
  );
  return `${JSON.stringify(snippets, null, 2)}\n`;
}

writeOrCheck(OUTPUT, snippetsFileText(builtInParagraphs()), 'npm run generate');
