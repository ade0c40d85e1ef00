import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { REFERENCES_MOVED, WITH_FAULTS, WITH_GAP } from './drafts';
import { TestClient, withDraft } from './harness';

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

async function actionsFor(client: TestClient, uri: string, diagnostic: Diagnostic | undefined, only?: string[]): Promise<CodeAction[]> {
  const range = diagnostic?.range ?? WHOLE;
  const result = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: diagnostic ? [diagnostic] : [], ...(only ? { only } : {}) } });
  return (result ?? []) as CodeAction[];
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

test('a finding offers its fix (preferred), disabling its rule for the line or the file, and its documentation', async () => {
  const { client, uri, diagnostics } = await withDraft(WITH_FAULTS);
  const date = diagnostics.find((d) => d.code === 'front-matter-date')!;
  const actions = await actionsFor(client, uri, date);
  assert.deepEqual(actions.map((a) => [a.title, a.kind, a.isPreferred ?? null]), [
    ['Fix this front-matter-date problem', 'quickfix', true],
    ['Disable front-matter-date for this line', 'quickfix', false],
    ['Disable front-matter-date for this file', 'quickfix', false],
    ['Show documentation for front-matter-date', 'quickfix', null],
    ['Fix all decision-lint problems that can be fixed', 'source.fixAll.decision-lint', null],
  ]);
  assert.deepEqual(actions[0]!.diagnostics, [date]);
  await client.apply(actions[0]!.edit!);
  assert.match(client.text(uri), /^Decision date : 14 Mar 2024$/m);
  assert.deepEqual(codes(await client.diagnostics(uri)), ['front-matter-status']);
  await client.stop();
});

test('suggestions are offered as quick fixes that are not preferred, and applying one clears the finding', async () => {
  const { client, uri, diagnostics } = await withDraft(WITH_FAULTS);
  const status = diagnostics.find((d) => d.code === 'front-matter-status')!;
  const actions = await actionsFor(client, uri, status);
  const suggestions = actions.filter((a) => a.title.startsWith('Insert'));
  assert.deepEqual(suggestions.map((a) => [a.title, a.isPreferred]), [
    ['Insert "The Ombudsman\'s final decision:"', false],
    ['Insert "The Ombudsman\'s draft decision:"', false],
  ]);
  await client.apply(suggestions[0]!.edit!);
  assert.deepEqual(codes(await client.diagnostics(uri)), ['front-matter-date']);
  await client.stop();
});

const DISABLING = [
  {
    what: '"disable for this line" writes a disable-next-line directive above the finding, which silences it',
    rule: 'front-matter-date',
    title: 'Disable front-matter-date for this line',
    written: [/<!-- decision-lint-disable-next-line front-matter-date -->\nDecision date : 14 March 2024/],
    left: 'front-matter-status',
  },
  {
    what: '"disable for this file" appends a disable-file directive, keeping the title as the first line',
    rule: 'front-matter-status',
    title: 'Disable front-matter-status for this file',
    written: [/^Northshire County Council \(23 014 552\)\n/, /\n<!-- decision-lint-disable-file front-matter-status -->\n$/],
    left: 'front-matter-date',
  },
];

for (const { what, rule, title, written, left } of DISABLING) {
  test(what, async () => {
    const { client, uri, diagnostics } = await withDraft(WITH_FAULTS);
    const action = (await actionsFor(client, uri, diagnostics.find((d) => d.code === rule))).find((a) => a.title === title)!;
    await client.apply(action.edit!);
    for (const pattern of written) assert.match(client.text(uri), pattern);
    assert.deepEqual(codes(await client.diagnostics(uri)), [left]);
    await client.stop();
  });
}

test('fix all applies every fix in passes, renumbering references too, and the text relints clean', async () => {
  const { client, uri, diagnostics } = await withDraft(WITH_GAP.replace('14 Mar 2024', '14/03/2024'));
  assert.deepEqual(codes(diagnostics), ['front-matter-date', 'numbering-gap', 'numbering-reference']);
  const [all] = await actionsFor(client, uri, undefined, ['source.fixAll.decision-lint']);
  assert.equal(all!.kind, 'source.fixAll.decision-lint');
  await client.apply(all!.edit!);
  assert.deepEqual(await client.diagnostics(uri), []);
  for (const pattern of REFERENCES_MOVED) assert.match(client.text(uri), pattern);
  await client.stop();
});

test('asking only for fix-all gives nothing else, and nothing at all when nothing can be fixed', async () => {
  const { client, uri } = await withDraft(WITH_FAULTS.replace('14 March 2024', '14 Mar 2024'));
  assert.deepEqual(await actionsFor(client, uri, undefined, ['source.fixAll']), []);
  assert.deepEqual((await actionsFor(client, uri, undefined, ['quickfix'])).every((a) => a.kind === 'quickfix'), true);
  await client.stop();
});

test('"show documentation" runs a command that opens the rule\'s page in the editor', async () => {
  const { client, uri, diagnostics } = await withDraft(WITH_FAULTS);
  const action = (await actionsFor(client, uri, diagnostics[0])).find((a) => a.title.startsWith('Show documentation'))!;
  assert.equal(action.command!.command, 'decision-lint.openRuleDocs');
  await client.connection.sendRequest(ExecuteCommandRequest.type, action.command!);
  const [shown] = client.shown;
  assert.match(shown!.uri, /^file:\/\/.*\/docs\/rules\/front-matter-date\.md$/);
  await client.stop();
});
