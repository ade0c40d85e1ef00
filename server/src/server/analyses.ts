import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentMemo, lint, type LintMessage, type LintResult } from '../core';
import type { DocumentContext, DocumentContexts } from './document-context';
import type { Log } from './log';
import { refusalOf } from './refusal';

const REMEMBER_FROM = 100_000;
/** How long an analysis goes unread before it is let go (see `keepWhileUsed`). */
const KEEP_UNUSED_MS = 10_000;

/** One version of one document, linted once and read by every feature. */
export interface Analysis {
  uri: string;
  version: number;
  context: DocumentContext;
  /** The model and every finding; absent when the document was refused. */
  result?: LintResult;
  /** Why the document was not linted. */
  refusal?: string;
  /** What the editor shows: nothing while linting is switched off or the config file is broken. */
  findings: LintMessage[];
}

/**
 * The latest analysis of each open document. Any feature asking about the current version gets the
 * cached one or causes it, so diagnostics, code actions and the outline all read the same parse.
 */
export class Analyses {
  private readonly cache = new Map<string, Analysis>();
  private readonly refusalsLogged = new Map<string, string>();
  private readonly remembered = new Map<string, DocumentMemo>();
  private readonly releases = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly contexts: DocumentContexts,
    private readonly log: Log,
  ) {}

  /** The analysis of the document as it is now; undefined once it is closed. */
  async current(uri: string): Promise<Analysis | undefined> {
    // A closed document would otherwise leave a context behind that nothing forgets.
    if (this.documents.get(uri) === undefined) return undefined;
    const context = await this.contexts.forDocument(uri);
    // Read after the wait: edits that arrived meanwhile are part of what gets linted.
    const document = this.documents.get(uri);
    if (document === undefined) return undefined;
    this.keepWhileUsed(uri);
    const cached = this.cache.get(uri);
    if (cached?.version === document.version && cached.context === context) return cached;
    const analysis = this.analyse(document, context);
    this.cache.set(uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.release(uri);
    this.refusalsLogged.delete(uri);
  }

  /**
   * A draft left open but not worked on gives back its model and what its last lint remembered (about
   * 6 MB for a 1 MB draft), so that the server's memory settles back towards where it started. Coming
   * back to it costs one lint from scratch: about 35 ms at 1 MB.
   */
  private keepWhileUsed(uri: string): void {
    clearTimeout(this.releases.get(uri));
    this.releases.set(uri, setTimeout(() => this.release(uri), KEEP_UNUSED_MS).unref());
  }

  private release(uri: string): void {
    clearTimeout(this.releases.get(uri));
    this.releases.delete(uri);
    this.cache.delete(uri);
    this.remembered.delete(uri);
  }

  private analyse(document: TextDocument, context: DocumentContext): Analysis {
    const { uri, version } = document;
    const text = document.getText();
    const refusal = refusalOf(text);
    if (refusal !== undefined) {
      if (this.refusalsLogged.get(uri) !== refusal) this.log.warn(`${uri}: ${refusal}`);
      this.refusalsLogged.set(uri, refusal);
      return { uri, version, context, refusal, findings: [] };
    }
    this.refusalsLogged.delete(uri);
    let result: LintResult;
    try {
      result = lint(text, context.config, { remembered: this.rememberedFor(uri, text) });
    } catch (error) {
      // The core reports a failing rule itself; this is the core failing, which must not cost the session.
      this.log.error(`${uri}: decision-lint failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { uri, version, context, refusal: 'decision-lint failed on this document; the details are in its log.', findings: [] };
    }
    const shown = context.settings.enable && context.configError === undefined;
    return { uri, version, context, result, findings: shown ? result.messages : [] };
  }

  /** Only a large draft is worth the memory of its lines' classes and citations: a small one lints in a few milliseconds. */
  private rememberedFor(uri: string, text: string): DocumentMemo | undefined {
    if (text.length < REMEMBER_FROM) {
      this.remembered.delete(uri);
      return undefined;
    }
    let memo = this.remembered.get(uri);
    if (memo === undefined) this.remembered.set(uri, (memo = new DocumentMemo()));
    return memo;
  }
}
