import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver/node';
import type { ConfigError } from '../core';
import { noticeDiagnostic } from './convert/diagnostics';
import type { Log } from './log';

/**
 * One diagnostic on each broken config file, and one log message when it breaks. Published whatever
 * the client does for drafts: config files are not documents of this server's language, so the
 * client never pulls for them.
 */
export class ConfigProblems {
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
  ) {}

  async show(error: ConfigError): Promise<void> {
    if (!isAbsolute(error.source) || this.shown.get(error.source) === error.message) return;
    this.shown.set(error.source, error.message);
    this.log.error(`Config error, so documents under it are not linted until it is fixed: ${error.message}`);
    const at = await locate(error);
    // The expectation is worded to follow the file's name ("... is not valid JSON").
    const message = error.key === '' ? `decision-lint: this config file ${error.expected}` : `decision-lint: "${error.key}": ${error.expected}`;
    this.connection.sendDiagnostics({ uri: pathToFileURL(error.source).href, diagnostics: [noticeDiagnostic(message, DiagnosticSeverity.Error, at.line, at.character)] });
  }

  /** Clears the files that are no longer broken. */
  keepOnly(errors: readonly ConfigError[]): void {
    for (const source of [...this.shown.keys()]) {
      if (errors.some((e) => e.source === source)) continue;
      this.shown.delete(source);
      this.log.info(`Config file fixed: ${source}`);
      this.connection.sendDiagnostics({ uri: pathToFileURL(source).href, diagnostics: [] });
    }
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
