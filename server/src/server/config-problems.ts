import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver/node';
import { ConfigError } from '../core';
import { ConfigLoader } from '../node/config-loader';
import { noticeDiagnostic } from './convert/diagnostics';
import type { Log } from './log';

/**
 * One diagnostic on each broken config file, and one log message when it breaks. Published whatever
 * the client does for drafts: config files are not documents of this server's language, so the
 * client never pulls for them.
 */
export class ConfigProblems {
  /** Each broken file shown, with its message and a draft whose config it breaks. */
  private readonly shown = new Map<string, { message: string; draftPath: string }>();

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
  ) {}

  async show(error: ConfigError, draftPath: string): Promise<void> {
    if (!isAbsolute(error.source) || this.shown.get(error.source)?.message === error.message) return;
    this.shown.set(error.source, { message: error.message, draftPath });
    this.log.error(`Config error, so documents under it are not linted until it is fixed: ${error.message}`);
    const at = await locate(error);
    // The expectation is worded to follow the file's name ("... is not valid JSON").
    const message = error.key === '' ? `decision-lint: this config file ${error.expected}` : `decision-lint: "${error.key}": ${error.expected}`;
    this.connection.sendDiagnostics({ uri: pathToFileURL(error.source).href, diagnostics: [noticeDiagnostic(message, DiagnosticSeverity.Error, at.line, at.character)] });
  }

  /**
   * Clears the files that are no longer broken. `errors` are those the open drafts' configs gave; a file
   * no open draft reads any more is loaded again as it was for the draft that showed it broken, since
   * closing that draft fixes nothing.
   */
  async keepOnly(errors: readonly ConfigError[]): Promise<void> {
    for (const [source, { draftPath }] of [...this.shown]) {
      if (errors.some((e) => e.source === source) || (await stillBroken(source, draftPath))) continue;
      this.shown.delete(source);
      this.log.info(`Config file fixed: ${source}`);
      this.connection.sendDiagnostics({ uri: pathToFileURL(source).href, diagnostics: [] });
    }
  }
}

/** Whether loading the config of `draftPath` afresh still fails on `source`. */
async function stillBroken(source: string, draftPath: string): Promise<boolean> {
  try {
    await new ConfigLoader().forFile(draftPath);
    return false;
  } catch (error) {
    return error instanceof ConfigError && error.source === source;
  }
}

/** Where in the file the problem is: the JSON parser's line and column, or the offending key. */
async function locate(error: ConfigError): Promise<{ line: number; character: number }> {
  const position = /at line (\d+), column (\d+)/.exec(error.expected);
  if (position) return { line: Number(position[1]) - 1, character: Number(position[2]) - 1 };
  const key = error.key.split('.').filter((part) => !/^\d+$/.test(part)).pop();
  if (key === undefined) return { line: 0, character: 0 };
  const text = await readFile(error.source, 'utf8').catch(() => '');
  const at = text.indexOf(JSON.stringify(key));
  if (at < 0) return { line: 0, character: 0 };
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
