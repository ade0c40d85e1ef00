// node:fs/promises through fs's lazy getter: only the runs that use it load it (see config-loader.ts).
import { promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { lint, type LintMessage, type ResolvedConfig } from '../core';
import { nodeCrypto } from './lazy-builtins';
import { PathError } from './path-error';

/** Where `--cache` keeps its file unless `--cache-location` says otherwise; a folder, as the `/` says. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/decision-lint/';
const FILE_NAME_IN_FOLDER = 'lint-cache.json';
/** Raised when the file's layout changes, so that an older layout is read as no cache at all. */
const LAYOUT = 2;

interface Entry {
  /** The hash of everything the findings depend on: the text, the config and the linter's version. */
  key: string;
  messages: LintMessage[];
}

/**
 * The findings of earlier runs, one entry per file, reused while the file's text, the config that
 * applies to it and decision-lint's version are all unchanged. The core is pure, so those are all its
 * findings depend on. A cache that cannot be read or makes no sense is treated as empty: it only ever
 * saves time, so it must never be the reason a lint fails.
 */
export class LintCache {
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** `location` is a folder when it ends with `/` or already is one; otherwise it names the file. */
  static async open(location: string, cwd: string, version: string): Promise<LintCache> {
    let file = resolve(cwd, location);
    const isFolder = /[\\/]$/.test(location) || (await fs.stat(file).then((s) => s.isDirectory(), () => false));
    if (isFolder) file = join(file, FILE_NAME_IN_FOLDER);
    return new LintCache(file, version, await readEntries(file));
  }

  /** The file's findings: from the cache when nothing they depend on changed, else linted now. */
  lint(filePath: string, text: string, config: ResolvedConfig): LintMessage[] {
    const key = this.keyOf(text, config);
    const cached = this.cached(filePath, key);
    if (cached !== undefined) return cached;
    const { messages } = lint(text, config);
    this.store(filePath, key, messages);
    return messages;
  }

  /** The hash of everything a file's findings depend on: its text, its config and the linter's version. */
  keyOf(text: string, config: ResolvedConfig): string {
    return nodeCrypto().createHash('sha256').update(this.version).update('\0').update(configJson(config)).update('\0').update(text).digest('hex');
  }

  /** The findings kept for the file under this key, if any. */
  cached(filePath: string, key: string): LintMessage[] | undefined {
    const entry = this.entries.get(filePath);
    return entry?.key === key ? entry.messages : undefined;
  }

  /** Keeps findings worked out elsewhere (a lint worker) for the next run. */
  store(filePath: string, key: string, messages: LintMessage[]): void {
    this.entries.set(filePath, { key, messages });
    this.dirty = true;
  }

  /**
   * Writes the cache through a temporary file and a rename, so that a run killed half-way, or two
   * runs at once, leave a whole cache behind. Returns why it could not, rather than failing the lint.
   */
  async save(): Promise<PathError | undefined> {
    if (!this.dirty) return undefined;
    const temp = `${this.file}.${process.pid}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`;
    try {
      await fs.mkdir(dirname(this.file), { recursive: true });
      const entries = JSON.stringify(Object.fromEntries(this.entries));
      await fs.writeFile(temp, `{"layout":${LAYOUT},"digest":"${digestOf(entries)}","entries":${entries}}`, { flag: 'wx' });
      await fs.rename(temp, this.file);
      return undefined;
    } catch (error) {
      // The temporary file may never have been made, or its folder may not be one (ENOTDIR).
      await fs.rm(temp, { force: true }).catch(() => undefined);
      return PathError.from(this.file, error, 'the cache was not saved');
    }
  }
}

/**
 * The entries of a cache file, or none when it is not whole: a damaged entry, a truncated file or one
 * edited by hand could otherwise hand back findings that are not a lint's (a message that is null, a
 * fix that removes text), so the file carries a digest of its entries, checked before any is used.
 */
async function readEntries(file: string): Promise<Map<string, Entry>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return new Map();
  }
  const { layout, digest, entries } = (parsed ?? {}) as { layout?: unknown; digest?: unknown; entries?: unknown };
  if (layout !== LAYOUT || typeof entries !== 'object' || entries === null || digest !== digestOf(JSON.stringify(entries))) return new Map();
  return new Map(Object.entries(entries as Record<string, Entry>));
}

function digestOf(json: string): string {
  return nodeCrypto().createHash('sha256').update(json).digest('hex');
}

/** Every setting, rule severities and options included; the rules' Map is written as an object. */
function configJson(config: ResolvedConfig): string {
  return JSON.stringify(config, (_key, value: unknown) => (value instanceof Map ? Object.fromEntries(value) : value));
}
