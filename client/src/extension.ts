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
import { restartServer, stopServer } from './restart';
import { openRuleDocumentation } from './rule-docs';
import { ServerProcess } from './server-process';
import { createStatusItem } from './status';

let running: { client: LanguageClient; server: ServerProcess } | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const crashPolicy = new RestartOncePerBurst((message) => void vscode.window.showWarningMessage(message));
  const server = new ServerProcess(context.asAbsolutePath('dist/server.js'), (message, failed) =>
    failed ? languageClient.error(message, undefined, false) : languageClient.info(message, undefined, false),
  );
  const languageClient = createLanguageClient(server, crashPolicy);
  running = { client: languageClient, server };
  const started = languageClient.start();
  const remedies = new RemediesView(started);
  context.subscriptions.push(
    remedies,
    createStatusItem(languageClient),
    vscode.commands.registerCommand(COMMANDS.fixAll, fixAll),
    vscode.commands.registerCommand(COMMANDS.renumber, renumber),
    vscode.commands.registerCommand(COMMANDS.insertParagraph, insertStandardParagraph),
    vscode.commands.registerCommand(COMMANDS.showRemedies, () => remedies.reveal()),
    vscode.commands.registerCommand(COMMANDS.restart, () => restartServer(languageClient, server, crashPolicy)),
    vscode.commands.registerCommand(COMMANDS.openRuleDocs, openRuleDocumentation),
    vscode.commands.registerCommand(COMMANDS.treatAsDecision, treatAsDecision),
  );
  await started;
}

export async function deactivate(): Promise<void> {
  if (running !== undefined) await stopServer(running.client, running.server);
}
