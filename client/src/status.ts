import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID, SETTINGS } from './ids';

/** The server's state and the active draft's finding counts, shown only while a draft is in front. */
export function createStatusItem(client: LanguageClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('decisionLint.status', vscode.StatusBarAlignment.Left, 0);
  item.name = 'Decision Lint';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== LANGUAGE_ID) {
      item.hide();
      return;
    }
    item.text = `$(law) ${label(client, document)}`;
    item.tooltip = `Decision Lint: server ${stateName(client.state)}. Click for the Problems panel.`;
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    client.onDidChangeState(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((uri) => uri.toString() === active)) update();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS) && update()),
  );
}

function label(client: LanguageClient, document: vscode.TextDocument): string {
  if (client.state !== State.Running) return `Decision Lint: ${stateName(client.state)}`;
  if (!vscode.workspace.getConfiguration(SETTINGS, document).get<boolean>('enable', true)) return 'Decision Lint: off';
  const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const errors = findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  const others = findings.length - errors - warnings;
  return `$(error) ${errors} $(warning) ${warnings} $(info) ${others}`;
}

function stateName(state: State): string {
  return state === State.Running ? 'running' : state === State.Starting ? 'starting' : 'stopped';
}
