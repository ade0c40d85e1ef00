import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocPath } from '../core';

/** Written into the bundle by scripts/build.mjs; absent when the sources run under tsx. */
declare const DECISION_LINT_VERSION: string | undefined;

let root: string | undefined;

/**
 * The folder of the installed package (where package.json, docs/ and schemas/ are). Bundled, this file
 * is dist/cli.js or dist/server.js; under tsx it is server/src/node/package-info.ts. Either way the
 * nearest folder above with a package.json is the package.
 */
export function packageRoot(): string {
  if (root === undefined) {
    let folder = __dirname;
    while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
    root = folder;
  }
  return root;
}

export function packageVersion(): string {
  if (typeof DECISION_LINT_VERSION === 'string') return DECISION_LINT_VERSION;
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The rule's documentation page in the installed package, as a URL an editor or browser can open. */
export function ruleDocUrl(ruleId: string): string {
  return pathToFileURL(join(packageRoot(), ruleDocPath(ruleId))).href;
}

/** The page that introduces the tool (its README), for reports that want one. */
export function packageInfoUrl(): string {
  return pathToFileURL(join(packageRoot(), 'README.md')).href;
}
