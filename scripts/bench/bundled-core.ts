/**
 * The core as the CLI and the language server run it: one bundle, minified, as scripts/build.mjs makes
 * theirs. The TypeScript modules as tsx loads them for the tests are slower in a way no user meets:
 * tsx gives each module CommonJS exports read through getters, so every call from one module to a
 * small helper of another (the citation scanners make millions) goes through one; 1 MB naming an Act
 * again and again linted in 55 ms that way against 43 bundled, one normal draft in 25 against 23.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

type Core = typeof import('../../server/src/core/index');

export function bundledCore(): Core {
  const dir = mkdtempSync(join(tmpdir(), 'decision-lint-bench-core-'));
  const outfile = join(dir, 'core.cjs');
  try {
    buildSync({
      entryPoints: [resolve(import.meta.dirname, '../../server/src/core/index.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      logLevel: 'warning',
    });
    return createRequire(import.meta.url)(outfile) as Core;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
