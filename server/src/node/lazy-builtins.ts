/**
 * Node modules that most runs never touch, loaded on first use instead of at start-up. Loading
 * node:crypto cost every cold start of the CLI several milliseconds, though only --cache (hashing) and
 * --fix (temporary file names) use it; node:worker_threads, 1% of its instructions, though only
 * --concurrency uses it. A function-level require, not import(): the CLI's bundle runs in
 * a vm.Script, which has no loader for dynamic imports.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferring the load is the point
  return require('node:crypto');
}

export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferring the load is the point
  return require('node:worker_threads');
}
