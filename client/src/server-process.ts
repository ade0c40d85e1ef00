import { fork, type ChildProcess } from 'node:child_process';
import type { ServerOptions } from 'vscode-languageclient/node';
import { withLeanMalloc } from './lean-malloc';

/**
 * The server's process, started by the extension rather than by vscode-languageclient so that the
 * extension can end it. A server caught in an endless loop answers no "shutdown": the client's stop
 * then fails after its timeout and leaves the process running, and its restart never starts a new one.
 */
export class ServerProcess {
  private running: { child: ChildProcess; closed: Promise<void> } | undefined;

  /** `logExit` goes to the output channel, where the crash message sends the user to read why. */
  constructor(
    private readonly module: string,
    private readonly logExit: (message: string, failed: boolean) => void,
  ) {}

  /** Started as vscode-languageclient starts a Node module over stdio, so the server can tell that the editor has gone. */
  readonly start: ServerOptions = async () => {
    const child = fork(this.module, ['--stdio', `--clientProcessId=${process.pid}`], {
      // Inside Electron, process.execPath is the editor: these make it run the server as plain Node.
      env: { ...withLeanMalloc(process.env), ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
      execArgv: [],
      silent: true,
    });
    child.once('exit', (code, signal) =>
      this.logExit(signal === null ? `The server's process exited with code ${code}.` : `The server's process was ended by ${signal}.`, code !== 0),
    );
    this.running = { child, closed: new Promise((resolve) => child.once('close', () => resolve())) };
    return child;
  };

  /**
   * Resolves once the process has gone and its pipes have closed, killing it if it is still there
   * after `graceMs`. By then the client has seen its connection close, so a server started after this
   * cannot be taken for it.
   */
  end(graceMs: number): Promise<void> {
    if (this.running === undefined) return Promise.resolve();
    const { child, closed } = this.running;
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    return closed.finally(() => clearTimeout(timer));
  }
}
