/**
 * Coalesces bursts of edits with no fixed delay. The JSON-RPC connection handles one queued message per
 * turn of the event loop, so a lint waits two turns: if another change to the document was handled in
 * between, this request is dropped and the newer one lints whatever version is current by then.
 */
export class LintScheduler {
  private readonly latest = new Map<string, number>();
  private ticket = 0;

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  request(uri: string): void {
    const ticket = ++this.ticket;
    this.latest.set(uri, ticket);
    setImmediate(() =>
      setImmediate(() => {
        if (this.latest.get(uri) !== ticket) return;
        this.latest.delete(uri);
        this.run(uri).catch(this.onError);
      }),
    );
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }
}
