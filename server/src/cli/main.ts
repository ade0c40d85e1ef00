import { EXIT_FAILURE } from './exit-codes';
import { run } from './run';

/** The CLI bundle (dist/cli-main.js): what its bins run, the CLI itself or a worker thread of --concurrency. */
export { serveLintJobs } from './lint-worker';

const debug = Boolean(process.env.DEBUG);

export function runCli(): void {
  // With `| head`, stdout closes early; that is the reader's choice, not a failure worth a trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`decision-lint: cannot write the report: ${error.message}\n`);
    process.exitCode = EXIT_FAILURE;
  });

  run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // Reading process.stdin opens a stream, which cost every cold start a few milliseconds; only --stdin reads it.
    stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
    stdoutIsTty: process.stdout.isTTY === true,
    cwd: process.cwd(),
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`decision-lint: internal error: ${message}\n`);
      process.stderr.write(debug && error instanceof Error && error.stack ? `${error.stack}\n` : 'Set DEBUG=1 to see where it happened.\n');
      process.exitCode = EXIT_FAILURE;
    },
  );
}
