import { loadBundle } from './launcher';

/**
 * The script of each worker thread of --concurrency (dist/cli-worker.js). A file of its own, so that
 * the CLI bundle need not ask whether it runs in a worker: asking loads node:worker_threads, which cost
 * every cold start of the CLI 1% of its instructions, though only runs of many files start workers.
 */
loadBundle().serveLintJobs();
