/**
 * `npm run bench` (after bench.ts): the built language server over stdio, timed from sending a
 * didChange to receiving publishDiagnostics for that version. Each edit types one character into a
 * numbered paragraph, as a person would, and waits for its diagnostics before the next. Then resident
 * memory after a long session in a server of its own, at once and after a pause, and the heap the
 * server still holds.
 * Figures, not assertions: README quotes a run of it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification,
  StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateDraft } from './generate-drafts';
import { percentile, table } from './report';
import { bundledCore } from './bundled-core';
import { withLeanMalloc } from '../../client/src/lean-malloc';

/** The core's lint alone, timed beside the server's, as the server's bundle runs it. */
const { DocumentMemo, lint } = bundledCore();

const SERVER = resolve(import.meta.dirname, '../../dist/server.js');
const HEAP_PROBE = resolve(import.meta.dirname, 'heap-probe.cjs');
const TYPED = 'The Council has since apologised to her. ';
/** V8 keeps the heap it grew while linting until its memory reducer sees the process idle, some seconds on. */
const PAUSE_S = 60;
/** The performance issue's goal for the server's resident memory. */
const GOAL_MB = 80;

class Session {
  private readonly waiting = new Map<string, { version: number; done: () => void }>();
  private readonly documents = new Map<string, TextDocument>();

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, version }) => {
      const waiter = this.waiting.get(uri);
      if (waiter && version === waiter.version) {
        this.waiting.delete(uri);
        waiter.done();
      }
    });
  }

  static async start(): Promise<Session> {
    // Started as the VS Code extension starts it.
    const child = spawn(process.execPath, ['--expose-gc', '-r', HEAP_PROBE, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit', 'ipc'], env: withLeanMalloc(process.env) });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    await connection.sendNotification(InitializedNotification.type, {});
    return new Session(connection, child);
  }

  /** The heap still in use after a full collection (which this forces), in MB. */
  heapInUseMb(): Promise<number> {
    return new Promise((done) => {
      this.child.once('message', (answer) => done((answer as { heapUsed: number }).heapUsed / (1024 * 1024)));
      this.child.send('heap');
    });
  }

  private published(uri: string, version: number): Promise<void> {
    return new Promise((done) => this.waiting.set(uri, { version, done }));
  }

  async open(name: string, text: string): Promise<string> {
    const uri = pathToFileURL(`/tmp/decision-lint-bench/${name}`).href;
    this.documents.set(uri, TextDocument.create(uri, 'ombudsman-decision', 1, text));
    const linted = this.published(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ombudsman-decision', version: 1, text } });
    await linted;
    return uri;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Inserts `text` at `offset` and returns the milliseconds until its diagnostics arrived. */
  async type(uri: string, offset: number, text: string): Promise<number> {
    const document = this.documents.get(uri)!;
    const at = document.positionAt(offset);
    const change = { range: { start: at, end: at }, text };
    TextDocument.update(document, [change], document.version + 1);
    const linted = this.published(uri, document.version);
    const start = performance.now();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
    await linted;
    return performance.now() - start;
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  residentMb(): number {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'));
    return rss ? Number(rss[1]) / 1024 : NaN;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
  }
}

/** Types `edits` characters, a sentence at a time, each sentence after the marker of a paragraph picked in turn. */
async function typeInto(session: Session, uri: string, edits: number): Promise<number[]> {
  const times: number[] = [];
  let seed = 7;
  while (times.length < edits) {
    const markers = [...session.text(uri).matchAll(/^[ \t]*\d+\. /gm)];
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const marker = markers[seed % markers.length]!;
    let offset = marker.index + marker[0].length;
    for (const character of TYPED) {
      if (times.length === edits) break;
      times.push(await session.type(uri, offset, character));
      offset++;
    }
  }
  return times;
}

function kb(text: string): string {
  const bytes = Buffer.byteLength(text);
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

async function latency(session: Session, label: string, text: string, edits: number): Promise<string[][]> {
  const uri = await session.open(`${label}.decision.txt`, text);
  await typeInto(session, uri, 20);
  const times = (await typeInto(session, uri, edits)).sort((a, b) => a - b);
  await session.close(uri);
  return [
    [`didChange to diagnostics, ${kb(text)} draft`, String(edits), percentile(times, 0.5).toFixed(2), percentile(times, 0.95).toFixed(2)],
    ...coreAlone(text, Math.min(edits, 100)),
  ];
}

/**
 * The core's lint of the same draft in this process, one typed character apart: what the server adds
 * is the difference. Each edit is linted afresh and with what the previous lint left (line classes,
 * citation scans and personal data, as the server keeps them for a large draft), in turns.
 */
function coreAlone(text: string, edits: number): string[][] {
  const at = text.search(/^\d+\. /m) + 3;
  const memo = new DocumentMemo();
  const fresh: number[] = [];
  const remembered: number[] = [];
  for (let i = 0; i < edits; i++) {
    const edited = `${text.slice(0, at)}${TYPED.slice(0, i % TYPED.length)}${text.slice(at)}`;
    const order = i % 2 === 0 ? [fresh, remembered] : [remembered, fresh];
    for (const times of order) {
      const start = performance.now();
      if (times === remembered) lint(edited, undefined, { remembered: memo });
      else lint(edited);
      times.push(performance.now() - start);
    }
  }
  const row = (what: string, times: number[]) => {
    times.sort((a, b) => a - b);
    return [what, String(edits), percentile(times, 0.5).toFixed(2), percentile(times, 0.95).toFixed(2)];
  };
  return [row(`  the core's lint alone, in process`, fresh), row(`  the same, with what the last lint of the draft left`, remembered)];
}

/**
 * A working day, compressed: five drafts of the usual size open at a time, thousands of keystrokes,
 * drafts closed and reopened; then a 1 MB draft opened and typed into, and left open.
 */
async function longSession(session: Session): Promise<string[][]> {
  const drafts = [1, 2, 3, 4, 5].map((seed) => generateDraft({ seed, paragraphs: 150 }));
  let usualKeystrokes = 0;
  for (let round = 0; round < 4; round++) {
    const uris = await Promise.all(drafts.map((d, i) => session.open(`day-${round}-${i}.decision.txt`, d)));
    for (const uri of uris) usualKeystrokes += (await typeInto(session, uri, 250)).length;
    for (const uri of uris) await session.close(uri);
  }
  const afterUsual = session.residentMb();
  const big = await session.open('day-big.decision.txt', generateDraft({ seed: 9, paragraphs: 4500 }));
  const bigKeystrokes = (await typeInto(session, big, 50)).length;
  const afterBig = session.residentMb();
  const underGoalAfter = await secondsUntilUnder(session, GOAL_MB, PAUSE_S);
  const row = (what: string, mb: number) => [what, '-', `${mb.toFixed(0)} MB`, '-'];
  return [
    row(`resident memory after ${usualKeystrokes} keystrokes in 20 drafts of about 30 KB`, afterUsual),
    row(`  after ${bigKeystrokes} more in a 1 MB draft, left open`, afterBig),
    [`  seconds without edits until under ${GOAL_MB} MB`, '-', underGoalAfter === undefined ? `over ${PAUSE_S}` : underGoalAfter.toFixed(1), '-'],
    row(`  the same after ${PAUSE_S} s without edits`, session.residentMb()),
    row('  heap in use after a full garbage collection', await session.heapInUseMb()),
  ];
}

/** How long the server, left alone, takes to fall under `mb` resident, read every half second for `seconds` in all. */
async function secondsUntilUnder(session: Session, mb: number, seconds: number): Promise<number | undefined> {
  const start = performance.now();
  let under: number | undefined;
  while (performance.now() - start < seconds * 1000) {
    if (under === undefined && session.residentMb() < mb) under = (performance.now() - start) / 1000;
    await new Promise((done) => setTimeout(done, 500));
  }
  return under;
}

async function main(): Promise<void> {
  const timed = await Session.start();
  const idle = ['resident memory when started', '-', `${timed.residentMb().toFixed(0)} MB`, '-'];
  const latencies = [
    ...(await latency(timed, 'thirty-kb', generateDraft({ seed: 11, paragraphs: 130 }), 400)),
    ...(await latency(timed, 'one-mb', generateDraft({ seed: 12, paragraphs: 4500 }), 200)),
  ];
  await timed.stop();
  // The working day in a server of its own: what the latency runs left in the heap is theirs, not the day's.
  const day = await Session.start();
  const memory = await longSession(day);
  await day.stop();
  console.log(`\ndecision-lint-server latency on Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  console.log(table(['what', 'edits', 'p50 ms', 'p95 ms'], [idle, ...latencies, ...memory]));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
