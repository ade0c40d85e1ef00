import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CompletionRequest, DidChangeWatchedFilesNotification, FileChangeType, type CompletionItem, type CompletionList } from 'vscode-languageserver-protocol/node';
import { HO_DRAFT } from '../helpers/housing-ombudsman';
import { swap } from '../helpers/drafts';
import { WITH_FAULTS } from './drafts';
import { fileUri, tempFolder, TestClient, writeFiles } from './harness';
import { PSOW_DRAFT, SPSO_DRAFT } from '../helpers/other-ombudsmen';

const WALES = JSON.parse(readFileSync(join(import.meta.dirname, '../../server/src/core/profile/psow.json'), 'utf8')) as Record<string, unknown>;
const office = { ...WALES, id: 'wales-local', name: 'Welsh local complaints' };

test('a draft is linted under the profile file its config names, and a broken profile file is shown on that file without stopping the server', async () => {
  const client = await TestClient.start();
  const good = tempFolder({ '.decision-lintrc.json': '{ "root": true, "profile": "./wales.json" }', 'wales.json': JSON.stringify(office) });
  const report = fileUri(good, 'report.decision.txt');
  await client.open(report, PSOW_DRAFT);
  assert.deepEqual(await client.diagnostics(report), []);

  const broken = tempFolder({ '.decision-lintrc.json': '{ "root": true, "profile": "./wales.json" }', 'wales.json': JSON.stringify({ ...office, outcomes: [{ id: 'partly', label: 'Partly upheld' }] }, null, 2) });
  const draft = fileUri(broken, 'draft.decision.txt');
  await client.open(draft, WITH_FAULTS);
  assert.deepEqual(await client.diagnostics(draft), []);
  const [problem] = await client.pushedFor(fileUri(broken, 'wales.json'), (d) => d.length > 0);
  assert.match(String(problem!.message), /^decision-lint: "outcomes\.0\.id": Invalid option/);
  // The server still lints the other folder's drafts.
  const second = fileUri(good, 'second.decision.txt');
  await client.open(second, PSOW_DRAFT);
  assert.deepEqual(await client.diagnostics(second), []);

  // Mending the profile file is enough: the server reloads what reads it, and the draft is linted again.
  writeFiles(broken, { 'wales.json': JSON.stringify(office) });
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(broken, 'wales.json'), type: FileChangeType.Changed }] });
  assert.deepEqual(await client.pushedFor(fileUri(broken, 'wales.json'), (d) => d.length === 0), []);
  const relinted = await client.until('the draft linted under the mended profile', () => client.published.find((p) => p.uri === draft && p.diagnostics.length > 0)?.diagnostics);
  assert.ok(relinted.some((d) => d.code === 'front-matter-title'), relinted.map((d) => d.code).join(', '));
  await client.stop();
});

test('a profile file the config names but that is missing is shown on the config, and the draft is linted once the file appears', async () => {
  const client = await TestClient.start();
  const root = tempFolder({ '.decision-lintrc.json': '{\n  "root": true,\n  "profile": "./wales.json"\n}\n' });
  const draft = fileUri(root, 'report.decision.txt');
  await client.open(draft, swap(PSOW_DRAFT, 'Report Date: 14 Mar 2024\n\n', ''));
  assert.deepEqual(await client.diagnostics(draft), []);
  const [problem] = await client.pushedFor(fileUri(root, '.decision-lintrc.json'), (d) => d.length > 0);
  assert.match(String(problem!.message), /^decision-lint: "profile": names .*wales\.json, which cannot be read: no such file or folder$/);
  assert.deepEqual(problem!.range.start, { line: 2, character: 2 });

  writeFiles(root, { 'wales.json': JSON.stringify(office) });
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(root, 'wales.json'), type: FileChangeType.Created }] });
  assert.deepEqual(await client.pushedFor(fileUri(root, '.decision-lintrc.json'), (d) => d.length === 0), []);
  const relinted = await client.until('the draft linted under the profile', () => client.published.find((p) => p.uri === draft && p.diagnostics.length > 0)?.diagnostics);
  assert.deepEqual(relinted.map((d) => d.code), ['front-matter-date']);
  await client.stop();
});

test('inside Orders, the deadline phrases offered are the Housing Ombudsman\'s, from its profile', async () => {
  const client = await TestClient.start();
  const typed = '11. The landlord should also review its repairs log with';
  const text = swap(HO_DRAFT, '11. The landlord should provide the Ombudsman', `${typed}\n\n12. The landlord should provide the Ombudsman`);
  const uri = fileUri(tempFolder(), 'determination.decision.txt');
  await client.open(uri, text);
  const position = client.document(uri).positionAt(text.indexOf(typed) + typed.length);
  const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionItem[] | CompletionList;
  const labels = (Array.isArray(result) ? result : result.items).filter((i) => i.detail === 'House deadline').map((i) => i.label);
  assert.deepEqual(labels.slice(0, 2), ['within four weeks of the date of this determination', 'within six weeks of the date of this determination']);
  await client.stop();
});

test('headings complete in a Scottish decision, whose profile has no sign-off line', async () => {
  const client = await TestClient.start();
  const text = SPSO_DRAFT.replace('\nRecommendations\n', '\nReco\n');
  const uri = fileUri(tempFolder(), 'decision.decision.txt');
  await client.open(uri, text);
  const position = client.document(uri).positionAt(text.indexOf('\nReco\n') + '\nReco'.length);
  const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionItem[] | CompletionList;
  assert.deepEqual((Array.isArray(result) ? result : result.items).map((i) => i.label), ['Recommendations']);
  await client.stop();
});
