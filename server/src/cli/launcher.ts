import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type * as CliMain from './main';

/**
 * How the bins of the CLI (dist/cli.js, and dist/cli-worker.js for the worker threads of --concurrency)
 * load the CLI bundle: from the V8 code cache the build writes next to it, which spares most of
 * compiling the bundle at each start, the larger part of a cold start. V8 rejects a cache made by
 * another Node version or with other flags, and the bundle is then compiled as usual, so a missing or
 * stale cache costs nothing but that time.
 */
// A lint run is short, so the optimising compiler's time counts against it: on 10 MB of drafts it spent
// about a second of CPU, mostly inlining. Less inlining makes each compile cheaper. Set before the
// bundle is compiled, and so also when the build makes the code cache, which V8 accepts only under the
// flags it was made with.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');

export const BUNDLE = join(__dirname, 'cli-main.js');
export const CODE_CACHE = `${BUNDLE}.cache`;

type CliBundle = typeof CliMain;
type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

export function compileBundle(): Script {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  // The bundles share a banner; its #! line becomes a comment, so the bundle's lines stay where its source map says.
  const source = readFileSync(BUNDLE, 'utf8').replace(/^#!/, '//');
  // The same wrapper Node puts around a CommonJS file, so the bundle runs as if it were required.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  return new Script(wrapped, { filename: BUNDLE, cachedData });
}

/** Runs the compiled bundle as a module of its own and gives its exports. */
export function runBundle(script: Script): CliBundle {
  const bundle = { exports: {} };
  (script.runInThisContext() as ModuleFunction)(bundle.exports, require, bundle, BUNDLE, __dirname);
  return bundle.exports as CliBundle;
}

/**
 * The bundle from its code cache; with DEBUG=1, required with source maps on instead, for a stack trace
 * that names the TypeScript source: Node maps the traces of what it requires, not of a vm.Script.
 */
export function loadBundle(): CliBundle {
  if (!process.env.DEBUG) return runBundle(compileBundle());
  process.setSourceMapsEnabled(true);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is a file beside this one, loaded at run time by design
  return require(BUNDLE) as CliBundle;
}
