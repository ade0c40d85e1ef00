import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, type CancellationToken, type Connection, type InitializeParams,
  type InitializeResult, type ResponseError, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, type DecisionModel } from '../core';
import { CONFIG_FILE_NAME } from '../node/config-loader';
import { packageVersion } from '../node/package-info';
import { Analyses, type Analysis } from './analyses';
import { cancelledError } from './cancellation';
import { clientAbilities, serverCapabilities, usesPull } from './capabilities';
import { ConfigProblems } from './config-problems';
import { DocumentContexts } from './document-context';
import { DiagnosticsFeature } from './features/diagnostics';
import { connectionLog, type Log } from './log';
import type { Services } from './services';
import { SettingsSource } from './settings-source';

/** What one client's session holds, made from what it said in `initialize`. */
export class Session {
  readonly services: Services;
  readonly diagnostics: DiagnosticsFeature;
  private readonly settings: SettingsSource;
  private readonly problems: ConfigProblems;
  private readonly log: Log;

  constructor(
    connection: Connection,
    documents: TextDocuments<TextDocument>,
    private readonly params: InitializeParams,
  ) {
    const client = params.capabilities;
    this.log = connectionLog(connection);
    this.settings = new SettingsSource(connection, client.workspace?.configuration === true, this.log);
    this.problems = new ConfigProblems(connection, this.log);
    const contexts = new DocumentContexts(this.settings, workspaceRoots(params), this.log, (error, draftPath) => void this.problems.show(error, draftPath));
    const analyses = new Analyses(documents, contexts, this.log);
    this.services = { connection, documents, contexts, analyses, log: this.log, client: clientAbilities(client) };
    this.diagnostics = new DiagnosticsFeature(this.services, usesPull(client), client.workspace?.diagnostics?.refreshSupport === true);
  }

  initializeResult(): InitializeResult {
    return { capabilities: serverCapabilities(this.params.capabilities), serverInfo: { name: 'decision-lint-server', version: packageVersion() } };
  }

  /** Asks to be told of config file and settings changes, where the client lets servers ask. */
  register(): void {
    const { connection } = this.services;
    const workspace = this.params.capabilities.workspace;
    const failed = (what: string) => (error: unknown) => this.log.warn(`Could not register for ${what}: ${String(error)}`);
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration === true) {
      // Profile files may have any name; only those a config reads cause a reload (see server.ts).
      const watchers = [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.json' }];
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(failed('config file changes'));
    }
    if (workspace?.didChangeConfiguration?.dynamicRegistration === true) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'decisionLint' }).catch(failed('settings changes'));
    }
  }

  /** After a settings change (`pushed` is what the notification carried) or a config file change. */
  async reconfigure(pushed?: unknown): Promise<void> {
    if (pushed !== undefined) this.settings.changed(pushed);
    const { contexts, documents } = this.services;
    contexts.reset();
    const loaded = await Promise.all(documents.all().map((d) => contexts.forDocument(d.uri)));
    await this.problems.keepOnly(loaded.flatMap((c) => (c.configError instanceof ConfigError ? [c.configError] : [])));
    this.diagnostics.relintAll();
  }

  closed(uri: string): void {
    this.services.analyses.forget(uri);
    this.services.contexts.forget(uri);
    this.diagnostics.closed(uri);
  }

  /** Calls `answer` with the analysis of the document as it is now, or gives `empty` when there is none. */
  async withModel<T>(uri: string, token: CancellationToken, empty: T, answer: (model: DecisionModel, analysis: Analysis) => T): Promise<T | ResponseError<void>> {
    const analysis = await this.services.analyses.current(uri);
    if (token.isCancellationRequested) return cancelledError();
    const model = analysis?.result?.model;
    return model === undefined ? empty : answer(model, analysis!);
  }

  logFailure(what: string): (error: unknown) => void {
    return (error) => this.log.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
}
