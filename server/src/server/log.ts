import type { Connection } from 'vscode-languageserver/node';

/** Messages for the editor's log of this server (`window/logMessage`); stdout belongs to the protocol. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function connectionLog(connection: Connection): Log {
  return {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message) => connection.console.error(message),
  };
}
