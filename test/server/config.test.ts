import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DidSaveTextDocumentNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { WITH_FAULTS } from './drafts';
import { fileUri, tempFolder, TestClient, writeFiles } from './harness';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

/** The first diagnostics published for `uri` after the `seen`th publication of all that pass `check`. */
function republished(client: TestClient, uri: string, seen: number, check: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
  return client.until(`new diagnostics for ${uri}`, () => client.published.slice(seen).find((p) => p.uri === uri && check(p.diagnostics))?.diagnostics);
}

async function configFileChanged(client: TestClient, root: string): Promise<void> {
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(root, '.decision-lintrc.json'), type: FileChangeType.Changed }] });
}

test('editor settings from workspace/configuration switch rules off or change their severity', async () => {
  const client = await TestClient.start({ settings: { rules: { 'front-matter-date': 'off', 'front-matter-status': 'hint' } } });
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, WITH_FAULTS);
  const diagnostics = await client.diagnostics(uri);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['front-matter-status', 4]]);
  await client.stop();
});

test('a change of settings relints open documents without a restart; enable: false clears them', async () => {
  const client = await TestClient.start({ settings: {} });
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, WITH_FAULTS);
  assert.deepEqual(codes(await client.diagnostics(uri)), ['front-matter-date', 'front-matter-status']);
  client.settings = { rules: { 'front-matter-status': 'off' } };
  let seen = client.published.length;
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  assert.deepEqual(codes(await republished(client, uri, seen)), ['front-matter-date']);
  client.settings = { enable: false };
  seen = client.published.length;
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  assert.deepEqual(await republished(client, uri, seen), []);
  await client.stop();
});

test('with run: onSave, edits are not linted until the document is saved', async () => {
  const client = await TestClient.start({ settings: { run: 'onSave' } });
  const uri = fileUri(tempFolder(), 'draft.decision.txt');
  await client.open(uri, WITH_FAULTS);
  assert.equal((await client.diagnostics(uri)).length, 2);
  await client.replace(uri, '14 March 2024', '14 Mar 2024');
  const seen = client.published.length;
  await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  assert.deepEqual(codes(await republished(client, uri, seen)), ['front-matter-status']);
  assert.equal(client.published.length, seen + 1, 'the edit itself published nothing');
  await client.stop();
});

test('a changed config file relints open documents', async () => {
  const client = await TestClient.start();
  const root = tempFolder();
  const uri = fileUri(root, 'draft.decision.txt');
  await client.open(uri, WITH_FAULTS);
  assert.equal((await client.diagnostics(uri)).length, 2);
  writeFiles(root, { '.decision-lintrc.json': '{ "root": true, "rules": { "front-matter-date": "off" } }' });
  const seen = client.published.length;
  await configFileChanged(client, root);
  assert.deepEqual(codes(await republished(client, uri, seen)), ['front-matter-status']);
  await client.stop();
});

test('a broken config file gets one diagnostic and a log message; its drafts show nothing until it is fixed', async () => {
  const client = await TestClient.start();
  const root = tempFolder({ '.decision-lintrc.json': '{\n  "root": true,\n  "rules": { "no-such-rule": "off" }\n}\n' });
  const configUri = fileUri(root, '.decision-lintrc.json');
  const uri = fileUri(root, 'draft.decision.txt');
  await client.open(uri, WITH_FAULTS);
  assert.deepEqual(await client.diagnostics(uri), []);
  const [problem] = await client.pushedFor(configUri, (d) => d.length > 0);
  assert.equal(problem!.message, 'decision-lint: "rules.no-such-rule": unknown rule; run --list-rules to see the rules that exist');
  assert.deepEqual(problem!.range.start, { line: 2, character: 13 });
  assert.ok(client.logs.some((l) => l.startsWith('Config error') && l.includes('no-such-rule')));

  writeFiles(root, { '.decision-lintrc.json': '{ "root": true,\n  "rules": { , } }' });
  await configFileChanged(client, root);
  const [json] = await client.pushedFor(configUri, (d) => String(d[0]?.message).includes('not valid JSON'));
  assert.match(String(json!.message), /^decision-lint: this config file is not valid JSON: .* at line 2, column 14$/);
  assert.deepEqual(json!.range.start, { line: 1, character: 13 });

  writeFiles(root, { '.decision-lintrc.json': '{ "root": true }' });
  const seen = client.published.length;
  await configFileChanged(client, root);
  assert.deepEqual(await client.pushedFor(configUri, (d) => d.length === 0), []);
  assert.deepEqual(codes(await republished(client, uri, seen, (d) => d.length > 0)), ['front-matter-date', 'front-matter-status']);
  await client.stop();
});

test('a broken config file stays reported when the last draft under it is closed, until it is fixed', async () => {
  const client = await TestClient.start();
  const root = tempFolder({ 'broken/.decision-lintrc.json': '{ "root": true, "rules": { "numbering-gap": "of" } }' });
  const configUri = fileUri(root, 'broken/.decision-lintrc.json');
  const underBroken = fileUri(root, 'broken/draft.decision.txt');
  // A draft elsewhere, relinted after every reload: its new diagnostics say the reload is over.
  const elsewhere = fileUri(root, 'draft.decision.txt');
  await client.open(elsewhere, WITH_FAULTS);
  await client.open(underBroken, WITH_FAULTS);
  await client.pushedFor(configUri, (d) => d.length > 0);
  await client.close(underBroken);
  const seen = client.published.length;
  await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
  await republished(client, elsewhere, seen);
  assert.ok(!client.published.slice(seen).some((p) => p.uri === configUri), 'the broken file was not cleared');
  assert.ok(!client.logs.some((l) => l.startsWith('Config file fixed')));

  writeFiles(root, { 'broken/.decision-lintrc.json': '{ "root": true }' });
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
  assert.deepEqual(await client.pushedFor(configUri, (d) => d.length === 0), []);
  assert.ok(client.logs.some((l) => l.startsWith('Config file fixed')));
  await client.stop();
});

test('a client that pulls is asked to refresh when the config changes', async () => {
  const client = await TestClient.start({ pull: true });
  const root = tempFolder();
  await client.open(fileUri(root, 'draft.decision.txt'), WITH_FAULTS);
  await configFileChanged(client, root);
  await client.until('a diagnostics refresh', () => (client.refreshes > 0 ? true : undefined));
  await client.stop();
});
