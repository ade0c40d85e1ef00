import type { LanguageClient } from 'vscode-languageclient/node';
import type { RestartOncePerBurst } from './crash-policy';
import type { ServerProcess } from './server-process';

/** How long a server that has answered "exit" may take to end before it is killed. */
const EXIT_GRACE_MS = 2_000;

/**
 * Stops the client and makes sure the server's process has ended. A server that does not answer
 * "shutdown" in time makes the client's stop fail, and its process would run on: it is killed at once.
 */
export async function stopServer(client: LanguageClient, server: ServerProcess): Promise<void> {
  const answered = await client.stop().then(
    () => true,
    () => false,
  );
  await server.end(answered ? EXIT_GRACE_MS : 0);
}

/** "Restart server": works on a server that has died, stopped after a burst of crashes, or stopped answering. */
export async function restartServer(client: LanguageClient, server: ServerProcess, crashPolicy: RestartOncePerBurst): Promise<void> {
  crashPolicy.forgetCrashes();
  await stopServer(client, server);
  await client.start();
}
