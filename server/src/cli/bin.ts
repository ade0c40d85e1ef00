import { loadBundle } from './launcher';

/** The `decision-lint` bin (dist/cli.js): a small file that loads the CLI bundle (see launcher.ts) and runs it. */
// The build requires this file for these, to run the bundle once and write the code cache.
export { CODE_CACHE, compileBundle, runBundle } from './launcher';

if (require.main === module) loadBundle().runCli();
