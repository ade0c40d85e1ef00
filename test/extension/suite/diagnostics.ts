import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, openFile, positionOf, withCopyOf, workspaceFile } from './drafts';
import { test } from './runner';
import { codeOf, findingsWhen, hasRule, lacksRule, ruleIds } from './waits';

const EXTENSION_ID = 'decision-lint.decision-lint';

test('a *.decision.txt draft opens as an ombudsman decision and activates the extension', async () => {
  const { document } = await openFile('draft.decision.txt');
  assert.equal(document.languageId, LANGUAGE_ID);
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  await findingsWhen(document.uri, (found) => found.length > 0, 'the first findings');
  assert.ok(extension.isActive);
});

test('a file without an extension whose first line is a decision title opens as a decision', async () => {
  const { document } = await openFile('first-line-draft');
  assert.equal(document.languageId, LANGUAGE_ID);
});

test('findings carry the rule id as their code and link to the rule page', async () => {
  const uri = workspaceFile('draft.decision.txt');
  await openFile('draft.decision.txt');
  const found = await findingsWhen(uri, hasRule('numbering-gap'), 'a numbering-gap finding');
  const gap = found.find((d) => codeOf(d) === 'numbering-gap')!;
  assert.equal(gap.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(gap.range.start.line, 24);
  assert.ok(typeof gap.code === 'object', 'the code has a target');
  assert.match(gap.code.target.toString(), /docs\/rules\/numbering-gap\.md$/);
  assert.ok(ruleIds(found).includes('web-clutter'));
});

test('the preferred quick fix for a finding applies, and the finding goes', async () => {
  await withCopyOf('draft.decision.txt', async ({ document }) => {
    const found = await findingsWhen(document.uri, hasRule('numbering-gap'), 'a numbering-gap finding');
    const gap = found.find((d) => codeOf(d) === 'numbering-gap')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, gap.range, vscode.CodeActionKind.QuickFix.value);
    // The API command leaves out each action's diagnostics, so the finding is named by the title.
    const fix = actions.find((a) => a.isPreferred && a.title.includes('numbering-gap'));
    assert.ok(fix?.edit, `a preferred quick fix among: ${actions.map((a) => a.title).join('; ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = await findingsWhen(document.uri, lacksRule('numbering-gap'), 'the numbering-gap finding to go');
    assert.deepEqual(ruleIds(after), ['web-clutter']);
    assert.ok(document.getText().includes('\n4. I considered Mr B'));
  });
});

test('"Fix all problems" applies every fix the server knows, through source.fixAll.decision-lint', async () => {
  await withCopyOf('draft.decision.txt', async ({ document }) => {
    await findingsWhen(document.uri, hasRule('web-clutter'), 'the web-clutter finding');
    assert.equal(await vscode.commands.executeCommand('decisionLint.fixAll'), true);
    await findingsWhen(document.uri, (found) => found.length === 0, 'every finding to go');
    assert.ok(!document.getText().includes('Back to top'));
  });
});

test('a hover on a finding explains its rule', async () => {
  const { document } = await openFile('draft.decision.txt');
  await findingsWhen(document.uri, hasRule('numbering-gap'), 'a numbering-gap finding');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, '5. I considered', 0));
  assert.match(hoverText(hovers), /numbering-gap/);
});

test('a hover on a statute citation gives the Act and its legislation.gov.uk address', async () => {
  const { document } = await openFile('draft.decision.txt');
  await findingsWhen(document.uri, (found) => found.length > 0, 'the first findings');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'section 34(3)', 9));
  const text = hoverText(hovers);
  assert.match(text, /Local Government Act 1974/);
  assert.match(text, /legislation\.gov\.uk\/ukpga\/1974\/7\/section\/34/);
});

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
