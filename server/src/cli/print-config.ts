import { resolve } from 'node:path';
import type { ConfigLoader } from '../node/config-loader';

/** The configuration that applies to one file, as JSON, and the config files it came from. */
export async function printConfig(file: string, cwd: string, loader: ConfigLoader): Promise<string> {
  const filePath = resolve(cwd, file);
  const { config, sources } = await loader.forFile(filePath);
  const printed = {
    filePath,
    configFiles: sources,
    numbering: config.numbering,
    files: config.files,
    ignores: config.ignores,
    headingAliases: config.headingAliases,
    rules: Object.fromEntries(config.rules),
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
