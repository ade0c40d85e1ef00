import { resolve } from 'node:path';
import { ConfigError } from '../core';
import { packageVersion } from '../node/package-info';
import { parseCliArgs, REMEDIES_COMMAND, UsageError } from './args';
import { HELP, USAGE } from './help';
import { EXIT_CLEAN, EXIT_FAILURE } from './exit-codes';
import type { CliIo } from './io';
import { lintRun } from './lint-run';
import { listRulesJson, listRulesTable } from './list-rules';
import { printConfig } from './print-config';
import { DatedConfigLoader } from './remedies-decision-date';
import { remediesRun } from './remedies-run';

/** Runs the CLI once and returns its exit code; anything it does not expect is left to the caller. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return print(io, HELP);
    if (options.version) return print(io, `${packageVersion()}\n`);
    if (options.listRules) return print(io, options.format === 'json' ? listRulesJson() : listRulesTable());
    const loader = new DatedConfigLoader(options.config === undefined ? undefined : resolve(io.cwd, options.config), options.decisionDate);
    if (options.printConfig !== undefined) return print(io, await printConfig(options.printConfig, io.cwd, loader));
    if (options.command === REMEDIES_COMMAND) return await remediesRun(options, io, loader);
    return await lintRun(options, io, loader);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`decision-lint: ${error.message}\n${USAGE}\nRun decision-lint --help for the options.\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`decision-lint: configuration error in ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}

function print(io: CliIo, text: string): number {
  io.stdout.write(text);
  return EXIT_CLEAN;
}
