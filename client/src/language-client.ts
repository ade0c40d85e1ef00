import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/node';
import type { RestartOncePerBurst } from './crash-policy';
import { LANGUAGE_ID, SETTINGS } from './ids';
import type { ServerProcess } from './server-process';

/**
 * The bundled server, started over stdio exactly as other editors start `decision-lint-server --stdio`.
 * The client id is the settings section, so vscode-languageclient honours `decisionLint.trace.server`.
 */
export function createLanguageClient(server: ServerProcess, crashPolicy: RestartOncePerBurst): LanguageClient {
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannelName: 'Decision Lint',
    synchronize: { configurationSection: SETTINGS },
    errorHandler: crashPolicy,
  };
  return new LanguageClient(SETTINGS, 'Decision Lint', server.start, clientOptions);
}
