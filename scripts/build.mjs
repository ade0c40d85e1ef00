#!/usr/bin/env node
// Bundles the two bins and the VS Code extension into dist/ with esbuild. Runs in `prepare`, so `npm ci` alone leaves them working.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

// The CLI's bin, and the script of its worker threads, are small launchers that run cli-main from a code
// cache (see server/src/cli/launcher.ts).
const entries = { cli: 'server/src/cli/bin.ts', 'cli-worker': 'server/src/cli/worker-bin.ts', 'cli-main': 'server/src/cli/main.ts', server: 'server/src/server/main.ts' };
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const require = createRequire(import.meta.url);

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  define: { DECISION_LINT_VERSION: JSON.stringify(version) },
  // fdir's ES-module build (in tinyglobby) loads its own copy of picomatch from node_modules at start-up,
  // through createRequire(import.meta.url), out of reach of the bundler: 4 ms of every cold start, for a
  // glob helper tinyglobby never calls. Its CommonJS build, the one tinyglobby would require, requires
  // picomatch plainly, and so shares the bundled copy.
  alias: { fdir: createRequire(require.resolve('tinyglobby')).resolve('fdir') },
  // Half the CLI's cold start was V8 compiling the bundle; a minified one compiles faster. Names are not
  // kept: esbuild keeps them by setting each function's name as it is made, which cost 1.2% of a cold
  // start and 1.6% of a 10 MB run (zod makes functions per schema, the engine per rule); with DEBUG=1
  // the CLI's stack traces come through the source map instead, with the TypeScript names and lines.
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
await Promise.all(['cli', 'server'].map((name) => chmod(`dist/${name}.js`, 0o755)));

// V8 keeps a script's source as a two-byte string if one character of it is beyond Latin-1. esbuild escapes
// such characters in strings but not in regex literals, so one "’" in a pattern doubled the memory the
// bundle's source takes (about 1 MB) in every process. Asking for ASCII is the simpler rule to keep.
for (const name of Object.keys(entries)) {
  const source = await readFile(`dist/${name}.js`, 'utf8');
  const at = source.search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`dist/${name}.js has a non-ASCII character near ${JSON.stringify(source.slice(Math.max(0, at - 40), at + 10))}: write it as a \\u escape in the source`);
  // A bundle that loads modules from node_modules at run time is not self-contained, and pays for it at every start.
  if (source.includes('createRequire')) throw new Error(`dist/${name}.js calls createRequire: a dependency loads modules the bundler cannot see`);
}

// V8's code cache for the CLI bundle, taken after linting the examples so that it holds the functions a
// lint runs, not only the top level: the clean drafts and those with slips of every family, so that the
// rules' reporting is in it too (a start on one draft 2 to 4 ms sooner, and 1 MB of drafts 4 to 6 %,
// than with one clean example, for a cache a fifth larger). Made by this Node; another Node rejects it
// and compiles as usual.
const CACHE = 'dist/cli-main.js.cache';
await rm(CACHE, { force: true });
const MAKE_CACHE = `
const { writeFileSync } = require('node:fs');
const { compileBundle, runBundle, CODE_CACHE } = require('./dist/cli.js');
const script = compileBundle();
process.argv = [process.argv[0], 'dist/cli.js', '--format', 'json', 'examples'];
process.on('exit', () => writeFileSync(CODE_CACHE, script.createCachedData()));
runBundle(script).runCli();
`;
const made = spawnSync(process.execPath, ['-e', MAKE_CACHE], { stdio: ['ignore', 'ignore', 'inherit'] });
// The examples have slips to find, so the lint exits 1; 2 would be a failed run.
if (made.status !== 1 || !existsSync(CACHE)) throw new Error(`could not write ${CACHE} (exit ${made.status})`);

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
