import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO } from './paths';

/** The suite as one CommonJS file, the form both harnesses hand to the extension host. */
export async function bundleSuite(): Promise<string> {
  const outfile = join(REPO, 'out', 'extension-tests', 'suite.js');
  await build({
    entryPoints: [join(import.meta.dirname, 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return outfile;
}
