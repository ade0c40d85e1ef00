import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkProfileFile, ConfigError, configFromLayers, isProfilePath, validateConfigFile, type ConfigFile, type ConfigLayer, type ProfileFile, type ResolvedConfig } from '../core';
import { PathError } from './path-error';

export const CONFIG_FILE_NAME = '.decision-lintrc.json';

/** The configuration one document is linted with, and the files it came from (outermost first). */
export interface LoadedConfig {
  config: ResolvedConfig;
  sources: string[];
}

type Layer = ConfigLayer;

/**
 * Finds and loads `.decision-lintrc.json` files. A document gets every config file from its folder up to
 * the file system root, or up to the first one that says `"root": true`; nearer files win. An explicit
 * config file (the CLI's `--config`) replaces that search for every document.
 *
 * Results are cached per folder, so a run over many drafts reads each config file once; a broken file
 * is a `ConfigError` that names the file, the key and what was expected.
 */
export class ConfigLoader {
  private readonly layerCache = new Map<string, Promise<Layer[]>>();
  private readonly configCache = new Map<string, Promise<LoadedConfig>>();
  private explicit: Promise<LoadedConfig> | undefined;

  constructor(private readonly explicitConfigFile?: string) {}

  forFile(filePath: string): Promise<LoadedConfig> {
    return this.forFolder(dirname(resolve(filePath)));
  }

  forFolder(folder: string): Promise<LoadedConfig> {
    if (this.explicitConfigFile !== undefined) {
      const file = resolve(this.explicitConfigFile);
      // Through a promise, so that a broken file rejects as every other load does rather than throwing here.
      this.explicit ??= Promise.resolve().then(() => toLoaded([readLayer(file, true)!]));
      return this.explicit;
    }
    const key = resolve(folder);
    return cached(this.configCache, key, () => this.layers(key).then(toLoaded));
  }

  /** The config files of a folder's cascade, outermost first; none with an explicit config file, which replaces the cascade. */
  async layersOf(folder: string): Promise<ConfigLayer[]> {
    return this.explicitConfigFile === undefined ? this.layers(resolve(folder)) : [];
  }

  private layers(folder: string): Promise<Layer[]> {
    return cached(this.layerCache, folder, () => this.loadLayers(folder));
  }

  private async loadLayers(folder: string): Promise<Layer[]> {
    const own = readLayer(join(folder, CONFIG_FILE_NAME), false);
    if (own?.config.root === true) return [own];
    const parent = dirname(folder);
    const outer = parent === folder ? [] : await this.layers(parent);
    return own ? [...outer, own] : outer;
  }
}

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function toLoaded(layers: Layer[]): LoadedConfig {
  return { config: configFromLayers(layers), sources: layers.map((l) => l.source) };
}

/**
 * Reads and validates one config file; a missing file is no layer unless it was asked for by name.
 * Synchronous, as drafts are read (see draft-file.ts): config files are small, and a run that loads no
 * node:fs/promises starts faster.
 */
function readLayer(source: string, required: boolean): Layer | undefined {
  const text = readText(source, required);
  return text === undefined ? undefined : withProfiles(source, validateConfigFile(parseJson(text, source), source));
}

function readText(source: string, required: boolean): string | undefined {
  try {
    return readFileSync(source, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return undefined;
    throw new ConfigError(source, '', PathError.from(source, error, 'cannot be read').reason);
  }
}

/**
 * Reads the profile files a config file names, relative to its folder, so that the core gets their data
 * and never a path. A `profile` given as a path becomes the id of the profile in that file.
 */
function withProfiles(source: string, config: ConfigFile): Layer {
  const named = Object.entries(config.profiles ?? {});
  const direct = config.profile !== undefined && isProfilePath(config.profile) ? config.profile : undefined;
  if (named.length === 0 && direct === undefined) return { source, config };
  const profiles: ProfileFile[] = [];
  for (const [id, path] of named) {
    const file = readProfileFile(resolve(dirname(source), path), source, `profiles.${id}`);
    if (file.id !== id) throw new ConfigError(source, `profiles.${id}`, `names ${file.source}, whose profile id is "${file.id}"; the key must be the file's id`);
    profiles.push(file);
  }
  if (direct === undefined) return { source, config, profiles };
  const file = readProfileFile(resolve(dirname(source), direct), source, 'profile');
  return { source, config: { ...config, profile: file.id }, profiles: [file, ...profiles] };
}

/**
 * A profile file that cannot be read is the config's error, at the key that names it, so that an editor
 * shows it in a file that exists; a problem inside the file is that file's.
 */
function readProfileFile(path: string, config: string, key: string): ProfileFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(config, key, `names ${path}, which ${PathError.from(path, error, 'cannot be read').reason}`, path);
  }
  return checkProfileFile(parseJson(text, path), path);
}

function parseJson(text: string, source: string): unknown {
  // Editors on Windows often save JSON with a byte order mark, which JSON.parse rejects.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new ConfigError(source, '', `is not valid JSON: ${describeJsonError(json, (error as Error).message)}`);
  }
}

/** V8 gives an offset ("at position 42") where it can; people read lines and columns. */
function describeJsonError(json: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  if (position === null) return message;
  const before = json.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const at = message.indexOf(' in JSON at position ');
  return `${(at === -1 ? message : message.slice(0, at)).trimEnd()} at line ${line}, column ${column}`;
}
