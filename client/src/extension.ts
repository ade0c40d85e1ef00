/**
 * The VS Code extension: a thin client over the bundled language server. Everything that reads a
 * draft happens in the server and the core; this file only wires VS Code's pieces to it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fixAll, renumber, treatAsDecision } from './commands';
import { RestartOncePerBurst } from './crash-policy';
import { COMMANDS } from './ids';
import { createLanguageClient } from './language-client';
import { insertStandardParagraph } from './paragraph-picker';
import { RemediesView } from './remedies-view';
import { openRuleDocumentation } from './rule-docs';
import { createStatusItem } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const crashPolicy = new RestartOncePerBurst((message) => void vscode.window.showWarningMessage(message));
  const languageClient = createLanguageClient(context, crashPolicy);
  client = languageClient;
  const started = languageClient.start();
  const remedies = new RemediesView(started);
  context.subscriptions.push(
    remedies,
    createStatusItem(languageClient),
    vscode.commands.registerCommand(COMMANDS.fixAll, fixAll),
    vscode.commands.registerCommand(COMMANDS.renumber, renumber),
    vscode.commands.registerCommand(COMMANDS.insertParagraph, insertStandardParagraph),
    vscode.commands.registerCommand(COMMANDS.showRemedies, () => remedies.reveal()),
    vscode.commands.registerCommand(COMMANDS.restart, () => {
      crashPolicy.forgetCrashes();
      return languageClient.restart();
    }),
    vscode.commands.registerCommand(COMMANDS.openRuleDocs, openRuleDocumentation),
    vscode.commands.registerCommand(COMMANDS.treatAsDecision, treatAsDecision),
  );
  await started;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
