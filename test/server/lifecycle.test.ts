import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { SERVER, TestClient } from './harness';

test('initialize announces incremental sync, the features, and push diagnostics to a client that cannot pull', async () => {
  const client = await TestClient.start();
  const c = client.capabilities;
  assert.deepEqual(c.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
  assert.deepEqual(c.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.decision-lint'] });
  assert.deepEqual(c.executeCommandProvider, { commands: ['decision-lint.openRuleDocs', 'decision-lint.renumber', 'decision-lint.remedies'] });
  for (const feature of ['documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'documentLinkProvider', 'completionProvider'] as const) {
    assert.ok(c[feature], `${feature} is announced`);
  }
  assert.deepEqual(c.renameProvider, { prepareProvider: true });
  assert.equal(c.diagnosticProvider, undefined);
  assert.equal(await client.stop(), 0);
});

test('a client that can pull diagnostics is offered textDocument/diagnostic', async () => {
  const client = await TestClient.start({ pull: true });
  assert.deepEqual(client.capabilities.diagnosticProvider, { identifier: 'decision-lint', interFileDependencies: false, workspaceDiagnostics: false });
  assert.equal(await client.stop(), 0);
});

test('without a transport the server prints its usage and exits 2; --version prints the version', () => {
  const bare = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /Usage: decision-lint-server --stdio/);
  const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
});
