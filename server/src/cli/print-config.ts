// node:fs/promises through fs's lazy getter: only the runs that use it load it (see config-loader.ts).
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { profileChoice } from '../core';
import type { ConfigLoader } from '../node/config-loader';

/**
 * The configuration that applies to one file, as JSON: the config files it came from, the profile the
 * document is linted under, where that profile came from (built in, or a profile file) and why, and
 * every rule with its severity.
 */
export async function printConfig(file: string, cwd: string, loader: ConfigLoader): Promise<string> {
  const filePath = resolve(cwd, file);
  const { config, sources } = await loader.forFile(filePath);
  // With "auto" the profile depends on the header; a file not written yet gets the default, and says so.
  const text = await fs.readFile(filePath, 'utf8').catch(() => '');
  const choice = profileChoice(text, config);
  const printed = {
    filePath,
    configFiles: sources,
    numbering: config.numbering,
    files: config.files,
    ignores: config.ignores,
    headingAliases: config.headingAliases,
    profile: { id: choice.id, name: choice.name, from: choice.from, reason: choice.reason },
    rules: Object.fromEntries(config.rules),
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
