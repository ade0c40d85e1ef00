import {
  LSPErrorCodes, ResponseError, type CancellationToken, type Diagnostic, type DiagnosticServerCancellationData,
  type DocumentDiagnosticParams, type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { oncePer } from '../../core/once-per';
import type { Analysis } from '../analyses';
import { noticeDiagnostic, toDiagnostic } from '../convert/diagnostics';
import { LintScheduler } from '../lint-scheduler';
import type { Services } from '../services';

/** An analysis's findings as LSP diagnostics, converted once for the push and pull paths alike. */
export const diagnosticsOf = oncePer((analysis: Analysis): Diagnostic[] => {
  const { result, uri } = analysis;
  return analysis.refusal !== undefined
    ? [noticeDiagnostic(analysis.refusal)]
    : analysis.findings.map((message) => toDiagnostic(message, result!.model, uri));
});

/**
 * Pushes diagnostics (`publishDiagnostics`) or answers pulls (`textDocument/diagnostic`): pull when the
 * client said it can, push otherwise, never both.
 */
export class DiagnosticsFeature {
  private readonly scheduler: LintScheduler;
  /** With `run: onSave`, what the last open or save showed, until the next save. */
  private readonly atSave = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  /** The document library reports an open as a change too; that one is the open's to lint. */
  private readonly justOpened = new Set<string>();

  constructor(
    private readonly services: Services,
    private readonly pull: boolean,
    private readonly canRefresh: boolean,
  ) {
    this.scheduler = new LintScheduler((uri) => this.publish(uri), (error) => services.log.error(`Linting failed: ${String(error)}`));
  }

  opened(uri: string): void {
    this.justOpened.add(uri);
    if (!this.pull) this.scheduler.request(uri);
  }

  async changed(uri: string): Promise<void> {
    if (this.justOpened.delete(uri)) return;
    const context = await this.services.contexts.forDocument(uri);
    if (!this.pull && context.settings.run === 'onType') this.scheduler.request(uri);
  }

  saved(uri: string): void {
    this.atSave.delete(uri);
    if (this.pull) this.refresh();
    else this.scheduler.request(uri);
  }

  closed(uri: string): void {
    this.justOpened.delete(uri);
    this.scheduler.forget(uri);
    this.atSave.delete(uri);
    if (!this.pull) this.services.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** After a config file or setting changed. */
  relintAll(): void {
    this.atSave.clear();
    if (this.pull) this.refresh();
    else for (const document of this.services.documents.all()) this.scheduler.request(document.uri);
  }

  async answerPull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>> {
    const shown = await this.shown(params.textDocument.uri);
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed.', { retriggerRequest: true });
    return { kind: 'full', items: shown?.diagnostics ?? [] };
  }

  private async publish(uri: string): Promise<void> {
    const shown = await this.shown(uri);
    // Never show findings for a version the editor has already moved past.
    if (shown === undefined || this.services.documents.get(uri)?.version !== shown.version) return;
    this.services.connection.sendDiagnostics({ uri, version: shown.version, diagnostics: shown.diagnostics });
  }

  private async shown(uri: string): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined> {
    const analysis = await this.services.analyses.current(uri);
    if (analysis === undefined) return undefined;
    if (analysis.context.settings.run === 'onType') return { version: analysis.version, diagnostics: diagnosticsOf(analysis) };
    let kept = this.atSave.get(uri);
    if (kept === undefined) {
      kept = { version: analysis.version, diagnostics: diagnosticsOf(analysis) };
      this.atSave.set(uri, kept);
    }
    return kept;
  }

  private refresh(): void {
    if (!this.canRefresh) return;
    this.services.connection.languages.diagnostics.refresh().catch((error: unknown) => this.services.log.warn(`The editor refused a diagnostics refresh: ${String(error)}`));
  }
}
