import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { RestartOncePerBurst } from './crash-policy';
import { LANGUAGE_ID, SETTINGS } from './ids';

/**
 * The bundled server, started over stdio exactly as other editors start `decision-lint-server --stdio`.
 * The client id is the settings section, so vscode-languageclient honours `decisionLint.trace.server`.
 */
export function createLanguageClient(context: vscode.ExtensionContext, crashPolicy: RestartOncePerBurst): LanguageClient {
  const serverOptions: ServerOptions = { module: context.asAbsolutePath('dist/server.js'), transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannelName: 'Decision Lint',
    synchronize: { configurationSection: SETTINGS },
    errorHandler: crashPolicy,
  };
  return new LanguageClient(SETTINGS, 'Decision Lint', serverOptions, clientOptions);
}
