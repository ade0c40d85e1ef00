import { fileURLToPath } from 'node:url';
import { builtInConfig, ConfigError, type ResolvedConfig } from '../core';
import { ConfigLoader } from '../node/config-loader';
import type { Log } from './log';
import { paragraphLibrary, type StandardParagraph } from './paragraph-library';
import { applySettings, type EditorSettings } from './settings';
import type { SettingsSource } from './settings-source';

/** Everything a document is linted with. A new object whenever any of it may have changed. */
export interface DocumentContext {
  config: ResolvedConfig;
  settings: EditorSettings;
  /** Set when the config file that applies is broken: the document then shows no findings. */
  configError?: ConfigError;
  /** What completion offers after a paragraph number. */
  paragraphs: readonly StandardParagraph[];
}

/**
 * The config-file cascade (the same loader as the CLI, so the same findings) overlaid with the editor's
 * settings, per document and cached until `reset`.
 */
export class DocumentContexts {
  private loader = new ConfigLoader();
  private readonly cache = new Map<string, Promise<DocumentContext>>();

  constructor(
    private readonly settings: SettingsSource,
    /** The workspace folders, where a relative paragraph library path starts. */
    private readonly roots: readonly string[],
    private readonly log: Log,
    /** Told of each broken config, with the path of the draft whose load found it. */
    private readonly onConfigError: (error: ConfigError, draftPath: string) => void,
  ) {}

  forDocument(uri: string): Promise<DocumentContext> {
    let context = this.cache.get(uri);
    if (context === undefined) {
      context = this.load(uri);
      this.cache.set(uri, context);
    }
    return context;
  }

  /** After a config file or a setting changed: everything is read again. */
  reset(): void {
    this.loader = new ConfigLoader();
    this.cache.clear();
  }

  /** Whether `path` is a profile file some document's config reads, or one whose error (or absence) it shows. */
  async readsProfileFile(path: string): Promise<boolean> {
    const contexts = await Promise.all(this.cache.values());
    return contexts.some((c) => c.configError?.source === path || c.configError?.missing === path || c.config.profiles.some((p) => p.source === path));
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.settings.forget(uri);
  }

  private async load(uri: string): Promise<DocumentContext> {
    const settings = await this.settings.forDocument(uri);
    // An unsaved buffer has no folder, so no config file can apply to it.
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    const paragraphs = await paragraphLibrary(settings.paragraphLibrary, path, this.roots, this.log);
    try {
      const config = path === undefined ? builtInConfig() : (await this.loader.forFile(path)).config;
      return { config: applySettings(config, settings), settings, paragraphs };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.onConfigError(error, path!);
      return { config: builtInConfig(), settings, configError: error, paragraphs };
    }
  }
}
