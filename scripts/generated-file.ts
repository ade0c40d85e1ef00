import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a generated file, or with --check on the command line writes nothing and exits 1 when the
 * checked-in file differs from `text` (the tests run generators that way).
 */
export function writeOrCheck(path: string, text: string, regenerate: string): void {
  if (!process.argv.includes('--check')) {
    writeFileSync(path, text);
    return;
  }
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== text) {
    console.error(`${path} is out of date; run ${regenerate}.`);
    process.exit(1);
  }
}
