import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

/** A crash this soon after the last one is the same trouble again (a draft that kills the server each time it is read). */
export const CRASH_BURST_MS = 3 * 60 * 1000;

export const RESTARTED_MESSAGE =
  'Decision Lint: the language server stopped unexpectedly and has been restarted. If it stops again within three minutes it stays stopped ' +
  '(the status bar says so) until you run "Decision Lint: Restart server"; the Decision Lint output has its log.';

/**
 * Restarts a server that died, once per burst of crashes, and says so once. Restarting after every
 * crash would loop on a draft that crashes the server, with a message each time; the status bar
 * already shows a stopped server, so the second crash of a burst only leaves it stopped.
 */
export class RestartOncePerBurst implements ErrorHandler {
  private lastCrash: number | undefined;

  constructor(
    private readonly tell: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A write to a server that has just died fails, and its close follows and decides, so a few errors pass quietly.
    // Errors that go on without a close mean a broken connection: the client stops and says so itself.
    return count !== undefined && count <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    const sameBurst = this.lastCrash !== undefined && now - this.lastCrash < CRASH_BURST_MS;
    this.lastCrash = now;
    if (sameBurst) return { action: CloseAction.DoNotRestart, handled: true };
    this.tell(RESTARTED_MESSAGE);
    return { action: CloseAction.Restart, handled: true };
  }
}
