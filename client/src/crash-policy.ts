import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

/** A crash this soon after the last one is the same trouble again (a draft that kills the server each time it is read). */
export const CRASH_BURST_MS = 3 * 60 * 1000;

/**
 * How long errors may go on without the close that ends a dying connection. Writes to a server that
 * has just died fail (EPIPE), sometimes as a stream error with no count, before its close arrives.
 */
export const ERRORS_BEFORE_CLOSE_MS = 5_000;

export const RESTARTED_MESSAGE =
  'Decision Lint: the language server stopped unexpectedly and has been restarted. If it stops again within three minutes it stays stopped ' +
  '(the status bar says so) until you run "Decision Lint: Restart server"; the Decision Lint output has its log.';

/**
 * Restarts a server that died, once per burst of crashes, and says so once. Restarting after every
 * crash would loop on a draft that crashes the server, with a message each time; the status bar
 * already shows a stopped server, so the second crash of a burst only leaves it stopped. A restart the
 * user asks for starts afresh: they have seen the trouble, perhaps mended the draft, and a crash after
 * it is news again.
 */
export class RestartOncePerBurst implements ErrorHandler {
  private lastCrash: number | undefined;
  private erroringSince: number | undefined;
  private lastError = 0;

  constructor(
    private readonly tell: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  forgetCrashes(): void {
    this.lastCrash = undefined;
  }

  /**
   * Errors pass quietly while the close that decides may still come; errors that go on without one
   * mean a broken connection, and the client stops and says so itself. Counting errors instead would
   * stop a server that had merely died, and so never restart it, whenever several writes failed first.
   */
  error(): ErrorHandlerResult {
    const now = this.now();
    if (this.erroringSince === undefined || now - this.lastError > ERRORS_BEFORE_CLOSE_MS) this.erroringSince = now;
    this.lastError = now;
    return now - this.erroringSince <= ERRORS_BEFORE_CLOSE_MS ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.erroringSince = undefined;
    const sameBurst = this.lastCrash !== undefined && now - this.lastCrash < CRASH_BURST_MS;
    this.lastCrash = now;
    if (sameBurst) return { action: CloseAction.DoNotRestart, handled: true };
    this.tell(RESTARTED_MESSAGE);
    return { action: CloseAction.Restart, handled: true };
  }
}
