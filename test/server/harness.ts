import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { after } from 'node:test';
import {
  ApplyWorkspaceEditRequest, ConfigurationRequest, createProtocolConnection, ExitNotification, InitializeRequest, InitializedNotification, LogMessageNotification,
  PublishDiagnosticsNotification, RegistrationRequest, ShowDocumentRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  WorkDoneProgressCreateRequest, DiagnosticRefreshRequest, type ClientCapabilities, type Diagnostic, type ProtocolConnection,
  type PublishDiagnosticsParams, type ServerCapabilities, type ShowDocumentParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = resolve(__dirname, '..', '..', 'dist', 'server.js');

/** Long enough for a slow CI machine; only reached when something is broken. */
const WAIT_LIMIT_MS = 15_000;

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes files into a new temporary folder (a `root` config keeps configs above it out) and returns it. */
export function tempFolder(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'decision-lint-server-'));
  made.push(root);
  writeFiles(root, { '.decision-lintrc.json': '{ "root": true }', ...files });
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export function fileUri(root: string, path: string): string {
  return pathToFileURL(join(root, path)).href;
}

export interface ClientOptions {
  /** Advertise pull diagnostics (`textDocument.diagnostic`). */
  pull?: boolean;
  /** What to answer to `workspace/configuration`; `silent` never answers. Absent: the capability is not advertised. */
  settings?: Record<string, unknown> | 'silent';
  /** Advertise snippet syntax in completion items. */
  snippets?: boolean;
  /** A command the server is started under (a tracer), given the server's own command line after it. */
  launcher?: readonly string[];
}

/** Speaks JSON-RPC to the built server as an editor would, keeping its own copy of each document. */
export class TestClient {
  readonly logs: string[] = [];
  readonly shown: ShowDocumentParams[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  refreshes = 0;
  settings: Record<string, unknown> | 'silent' | undefined;
  private readonly documents = new Map<string, TextDocument>();
  private readonly waiters: (() => void)[] = [];
  private exitCode: Promise<number | null>;
  /** While set, answers to workspace/configuration wait for it (`holdConfiguration`). */
  private configurationHeld: Promise<void> | undefined;

  private constructor(
    readonly connection: ProtocolConnection,
    /** The server's process, for tests that write to its input directly or watch it leave. */
    readonly process: ChildProcessByStdio<Writable, Readable, null>,
    exited: Promise<number | null>,
    options: ClientOptions,
  ) {
    this.exitCode = exited;
    this.settings = options.settings;
  }

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} does not exist: run "npm run build" before these tests.`);
    const [command, ...args] = [...(options.launcher ?? []), process.execPath, SERVER, '--stdio'];
    const child = spawn(command!, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(connection, child, exited, options);
    client.listen();
    connection.listen();
    after(() => child.kill());
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: capabilities(options),
      workspaceFolders: null,
    });
    client.capabilities = result.capabilities;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  capabilities: ServerCapabilities = {};

  /** Makes answers to workspace/configuration wait until the function given back is called. */
  holdConfiguration(): () => void {
    let release = () => {};
    this.configurationHeld = new Promise((done) => (release = done));
    return () => {
      this.configurationHeld = undefined;
      release();
    };
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.notify();
    });
    c.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      this.notify();
    });
    c.onRequest(ConfigurationRequest.type, async (params) => {
      await this.configurationHeld;
      const settings = this.settings;
      if (settings === 'silent') return new Promise(() => undefined);
      return params.items.map(() => settings ?? null);
    });
    c.onRequest(ShowDocumentRequest.type, (params) => {
      this.shown.push(params);
      this.notify();
      return { success: true };
    });
    c.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.notify();
    });
    c.onRequest(ApplyWorkspaceEditRequest.type, async ({ edit }) => {
      await this.apply(edit);
      return { applied: true };
    });
    c.onRequest(RegistrationRequest.type, () => undefined);
    c.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves when `check` gives a value, re-checking after every message from the server. */
  async until<T>(what: string, check: () => T | undefined): Promise<T> {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          done();
        });
      });
    }
  }

  /** The diagnostics published for the document's current version. */
  diagnostics(uri: string): Promise<Diagnostic[]> {
    const version = this.document(uri).version;
    return this.until(`diagnostics for ${uri} version ${version}`, () => lastWhere(this.published, (p) => p.uri === uri && p.version === version)?.diagnostics);
  }

  /** Diagnostics pushed for a file that is not open (a config file). */
  pushedFor(uri: string, check: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return this.until(`diagnostics on ${uri}`, () => {
      const last = lastWhere(this.published, (p) => p.uri === uri)?.diagnostics;
      return last !== undefined && check(last) ? last : undefined;
    });
  }

  document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (document === undefined) throw new Error(`${uri} is not open`);
    return document;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  async open(uri: string, text: string): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, 'ombudsman-decision', 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ombudsman-decision', version: 1, text } });
  }

  /** Sends edits as incremental changes, last first so that each range is still true when applied. */
  async edit(uri: string, edits: TextEdit[]): Promise<void> {
    const document = this.document(uri);
    const ordered = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    const changes = ordered.map((e) => ({ range: e.range, text: e.newText }));
    TextDocument.update(document, changes, document.version + 1);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: changes });
  }

  /** Replaces the first occurrence of `from` with `to`. */
  async replace(uri: string, from: string, to: string): Promise<void> {
    const document = this.document(uri);
    const at = document.getText().indexOf(from);
    if (at < 0) throw new Error(`"${from}" is not in ${uri}`);
    await this.edit(uri, [{ range: { start: document.positionAt(at), end: document.positionAt(at + from.length) }, newText: to }]);
  }

  async apply(edit: WorkspaceEdit): Promise<void> {
    for (const change of edit.documentChanges ?? []) {
      if (!('edits' in change)) throw new Error('only text edits are expected');
      if (change.textDocument.version !== null && change.textDocument.version !== this.document(change.textDocument.uri).version) {
        throw new Error(`edit for version ${change.textDocument.version} of ${change.textDocument.uri}, which is now at ${this.document(change.textDocument.uri).version}`);
      }
      await this.edit(change.textDocument.uri, change.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) await this.edit(uri, edits);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the server's exit code once it has left. */
  exited(): Promise<number | null> {
    return this.exitCode;
  }

  /** shutdown, then exit: the server must leave with code 0. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exitCode;
    this.connection.dispose();
    return code;
  }
}

/** A new server with one draft open in a fresh folder, and the diagnostics pushed for it. */
export async function withDraft(text: string, options: ClientOptions = {}): Promise<{ client: TestClient; uri: string; diagnostics: Diagnostic[] }> {
  const client = await TestClient.start(options);
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, text);
  return { client, uri, diagnostics: await client.diagnostics(uri) };
}

function capabilities(options: ClientOptions): ClientCapabilities {
  return {
    workspace: {
      configuration: options.settings !== undefined,
      workspaceEdit: { documentChanges: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    window: { showDocument: { support: true } },
    textDocument: {
      synchronization: { didSave: true },
      rename: { prepareSupport: true },
      completion: { completionItem: { snippetSupport: options.snippets === true } },
      publishDiagnostics: { relatedInformation: true, versionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

function lastWhere<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}
