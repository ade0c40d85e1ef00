import type { CalendarDate } from '../core';
import { checkText, type Fixing } from './check-text';
import { DatedConfigLoader } from './remedies-decision-date';
import { cliTimings } from './timing';
import { nodeWorkerThreads } from '../node/lazy-builtins';

/** How every worker of a run loads configs and checks texts: what the main thread was told. */
export interface WorkerSetup extends Fixing {
  /** An absolute --config, if one was given. */
  config: string | undefined;
  decisionDate: CalendarDate | undefined;
  /** Whether TIMING asks for the time of each rule. */
  timing: boolean;
}

export interface LintJob {
  id: number;
  file: string;
  text: string;
}

/**
 * The checked draft travels as JSON: a structured clone of many small finding objects costs the worker
 * more. Under TIMING, the time each rule took over the draft goes with it.
 */
export type LintJobResult = { id: number; checked: string; timings?: Record<string, number> } | { id: number; error: string };

/**
 * The worker's side of --concurrency: checks each draft it is sent with the config that applies to it.
 * The main thread has already loaded every config once, so a config error is reported there, as in a
 * serial run; anything that throws here is this file's problem, sent back for the main thread to report.
 */
export function serveLintJobs(): void {
  const { parentPort, workerData } = nodeWorkerThreads();
  const port = parentPort!;
  const setup = workerData as WorkerSetup;
  const loader = new DatedConfigLoader(setup.config, setup.decisionDate);
  port.on('message', (job: LintJob) => {
    void answer(job).then((result) => port.postMessage(result));
  });

  async function answer(job: LintJob): Promise<LintJobResult> {
    try {
      const { config } = await loader.forFile(job.file);
      if (!setup.timing) return { id: job.id, checked: JSON.stringify(checkText(job.text, setup, config)) };
      const timings = cliTimings();
      return { id: job.id, checked: JSON.stringify(checkText(job.text, setup, config, timings)), timings: timings.toJSON() };
    } catch (error) {
      return { id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
