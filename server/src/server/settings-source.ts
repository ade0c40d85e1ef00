import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, isRecord, readSettings, type EditorSettings } from './settings';
import type { Log } from './log';

/** A client that never answers `workspace/configuration` must not hold up the linting for long. */
export const CONFIGURATION_TIMEOUT_MS = 1500;

/**
 * The `decisionLint` settings for a document: pulled with `workspace/configuration` where the client
 * supports it, otherwise the last ones pushed with `workspace/didChangeConfiguration`.
 */
export class SettingsSource {
  private readonly cache = new Map<string, Promise<EditorSettings>>();
  private pushed: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    private readonly log: Log,
  ) {}

  forDocument(uri: string): Promise<EditorSettings> {
    let settings = this.cache.get(uri);
    if (settings === undefined) {
      settings = this.canPull ? this.pull(uri) : Promise.resolve(this.read(this.pushed));
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** Forgets every answer; `pushed` is the `settings` of a didChangeConfiguration, if it carried any. */
  changed(pushed: unknown): void {
    if (isRecord(pushed) && 'decisionLint' in pushed) this.pushed = pushed.decisionLint;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async pull(uri: string): Promise<EditorSettings> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), CONFIGURATION_TIMEOUT_MS);
    });
    try {
      const answer = await Promise.race([this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'decisionLint' }), timeout]);
      if (answer !== 'timeout') return this.read(answer);
      this.log.warn(`The editor did not answer workspace/configuration within ${CONFIGURATION_TIMEOUT_MS} ms; using the default settings for ${uri}.`);
    } catch (error) {
      this.log.warn(`The editor's answer to workspace/configuration failed (${String(error)}); using the default settings for ${uri}.`);
    } finally {
      clearTimeout(timer);
    }
    return { ...DEFAULT_SETTINGS };
  }

  private read(raw: unknown): EditorSettings {
    return readSettings(raw, (message) => this.log.warn(message));
  }
}
