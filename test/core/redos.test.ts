import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { redosVerdict } from '../helpers/redos-check';

const CORE = join(import.meta.dirname, '../../server/src/core');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path, ext) : e.name.endsWith(ext) ? [path] : [];
  });
}

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

/** Every regular expression literal in the core's TypeScript, found with the compiler's own scanner. */
function literalPatterns(): Pattern[] {
  const found: Pattern[] = [];
  for (const file of files(CORE, '.ts')) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const m = /^\/(.*)\/([a-z]*)$/s.exec(node.text)!;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push({ where: `${relative(CORE, file)}:${line + 1}`, source: m[1]!, flags: m[2]!.replace(/[gy]/g, '') });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Patterns kept as data (profiles, catalogues): any string under a key that names a pattern. */
function dataPatterns(): Pattern[] {
  const found: Pattern[] = [];
  for (const file of files(CORE, '.json')) {
    const walk = (value: unknown, key: string): void => {
      if (typeof value === 'string' && /pattern/i.test(key)) found.push({ where: `${relative(CORE, file)} ${key}`, source: value, flags: 'i' });
      else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(JSON.parse(readFileSync(file, 'utf8')), '');
  }
  return found;
}

test('the check finds the core\'s patterns, in code and in data', () => {
  assert.ok(literalPatterns().length > 30);
  assert.ok(dataPatterns().length > 5);
});

test('no regular expression in the core can take super-linear time (ReDoS)', () => {
  const unsafe = [...literalPatterns(), ...dataPatterns()]
    .map((p) => ({ ...p, result: redosVerdict(p.source, p.flags) }))
    .filter((p) => p.result.status !== 'safe')
    .map((p) => `${p.where}: /${p.source}/ is ${p.result.status}${p.result.status === 'vulnerable' ? ` (${p.result.complexity.type}, attack: ${JSON.stringify(p.result.attack.pattern)})` : ''}`);
  assert.deepEqual(unsafe, []);
});
