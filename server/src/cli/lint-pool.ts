import type { Worker } from 'node:worker_threads';
import type { RuleTimings } from '../core';
import { nodeWorkerThreads } from '../node/lazy-builtins';
import type { Checked } from './check-text';
import type { LintJob, LintJobResult, WorkerSetup } from './lint-worker';

interface Pending {
  job: LintJob;
  resolve: (checked: Checked) => void;
  reject: (error: Error) => void;
}

/** Drafts sent to a worker before it answers, so that it never waits on the main thread for its next one. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * The worker threads of --concurrency. Each draft goes to the worker with the least in hand. A worker
 * that dies takes only the drafts it had in hand with it (their promises are rejected, for the caller
 * to report as those files' problems) and is replaced; when none can even start, what is queued fails.
 */
export class LintPool {
  /** Each live worker's drafts in hand, by job id. */
  private readonly workers = new Map<Worker, Map<number, Pending>>();
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;
  /** Why no worker is left, once none could start. */
  private failure: Error | undefined;

  constructor(
    readonly size: number,
    private readonly script: string,
    private readonly setup: WorkerSetup,
    /** Where the workers' rule times are added, under TIMING. */
    private readonly timings?: RuleTimings,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  check(file: string, text: string): Promise<Checked> {
    return new Promise((resolve, reject) => {
      if (this.failure !== undefined) return reject(this.failure);
      this.queue.push({ job: { id: this.nextId++, file, text }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers.keys()].map((worker) => worker.terminate()));
  }

  private spawn(): void {
    const worker = new (nodeWorkerThreads().Worker)(this.script, { workerData: this.setup });
    const inHand = new Map<number, Pending>();
    this.workers.set(worker, inHand);
    worker.on('message', (result: LintJobResult) => {
      const pending = inHand.get(result.id);
      inHand.delete(result.id);
      if ('error' in result) pending?.reject(new Error(result.error));
      else {
        if (result.timings) this.timings?.merge(result.timings);
        pending?.resolve(JSON.parse(result.checked) as Checked);
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`the lint worker stopped (exit code ${code})`)));
  }

  private lost(worker: Worker, error: Error): void {
    const inHand = this.workers.get(worker);
    // 'error' is followed by 'exit'; the first of them settles the worker's drafts.
    if (inHand === undefined || this.closing) return;
    this.workers.delete(worker);
    for (const pending of inHand.values()) pending.reject(error);
    if (inHand.size > 0) this.spawn();
    else if (this.workers.size === 0) {
      this.failure = error;
      for (const queued of this.queue.splice(0)) queued.reject(error);
    }
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let chosen: [Worker, Map<number, Pending>] | undefined;
      for (const entry of this.workers) if (entry[1].size < IN_FLIGHT_PER_WORKER && (chosen === undefined || entry[1].size < chosen[1].size)) chosen = entry;
      if (chosen === undefined) return;
      const pending = this.queue.shift()!;
      chosen[1].set(pending.job.id, pending);
      chosen[0].postMessage(pending.job);
    }
  }
}
