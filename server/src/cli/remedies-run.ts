import { dirname, resolve } from 'node:path';
import type { ConfigLoader } from '../node/config-loader';
import { readDraft, readDraftStream } from '../node/draft-file';
import { findDrafts } from '../node/find-drafts';
import { PathError } from '../node/path-error';
import type { CliOptions } from './args';
import { EXIT_CLEAN, EXIT_FAILURE } from './exit-codes';
import type { CliIo } from './io';
import { exportRemedies, type RemediesReport } from './remedies-export';
import { remediesJson, remediesTable } from './remedies-format';

/**
 * `decision-lint remedies`: prints each draft's actions with their deadlines and due dates. It is an
 * export, not a check, so it exits 0 whatever the actions say; 2 when a draft cannot be read.
 */
export async function remediesRun(options: CliOptions, io: CliIo, loader: ConfigLoader): Promise<number> {
  const reports: RemediesReport[] = [];
  let failed = false;
  const fail = (error: PathError) => {
    failed = true;
    io.stderr.write(`decision-lint: ${error.message}\n`);
  };
  const add = async (filePath: string, read: () => string | Promise<string>, configFolder = dirname(filePath)) => {
    const { config } = await loader.forFolder(configFolder);
    try {
      reports.push(exportRemedies(filePath, await read(), config, options.decisionDate));
    } catch (error) {
      fail(PathError.from(filePath, error, 'cannot be read'));
    }
  };

  if (options.stdin) {
    const filePath = options.stdinFilename === undefined ? '<stdin>' : resolve(io.cwd, options.stdinFilename);
    await add(filePath, () => readDraftStream(io.stdin, filePath), options.stdinFilename === undefined ? io.cwd : dirname(filePath));
  } else {
    const search = await findDrafts(options.targets, io.cwd, loader);
    search.problems.forEach(fail);
    for (const file of search.files) await add(file, () => readDraft(file));
  }

  io.stdout.write(options.format === 'json' ? remediesJson(reports) : remediesTable(reports, io.cwd));
  return failed ? EXIT_FAILURE : EXIT_CLEAN;
}
