#!/usr/bin/env node
// Bundles the two bins and the VS Code extension into dist/ with esbuild. Runs in `prepare`, so `npm ci` alone leaves them working.
import { chmod, readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const entries = { cli: 'server/src/cli/main.ts', server: 'server/src/server/main.ts' };
const { version } = JSON.parse(await readFile('package.json', 'utf8'));

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // ES-module dependencies (fdir, in tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
  banner: { js: '#!/usr/bin/env node\nconst __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { DECISION_LINT_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  // Half the CLI's cold start was V8 compiling the bundle; a minified one compiles faster. Names are
  // kept so that stack traces (DEBUG=1) still say where.
  minify: true,
  keepNames: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
await Promise.all(Object.keys(entries).map((name) => chmod(`dist/${name}.js`, 0o755)));

// The VS Code extension; the editor provides `vscode` at run time.
await build({
  entryPoints: { extension: 'client/src/extension.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});
