import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(import.meta.dirname, '../../server/src/core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Node's built-ins, with or without the node: prefix, and anything of the editor's. */
const FORBIDDEN = /^(?:node:|vscode|fs$|path$|os$|child_process$|worker_threads$|url$|util$|process$)/;

test('the core imports neither node built-ins nor vscode, so the CLI and the server share it as it is', () => {
  const offences: string[] = [];
  for (const file of sources(CORE)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const specifier = m[1] ?? m[2] ?? m[3]!;
      if (FORBIDDEN.test(specifier)) offences.push(`${relative(CORE, file)} imports ${specifier}`);
    }
    if (/\bprocess\.|\b__dirname\b|\bBuffer\./.test(text)) offences.push(`${relative(CORE, file)} uses a Node global`);
  }
  assert.deepEqual(offences, []);
});

test('the purity check itself catches a node import', () => {
  assert.ok(FORBIDDEN.test('node:fs'));
  assert.ok(FORBIDDEN.test('vscode-languageserver'));
  assert.ok(!FORBIDDEN.test('zod'));
});
