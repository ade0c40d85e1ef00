import { setFlagsFromString } from 'node:v8';

/**
 * V8's heap flags the server sets on itself, unless it was started with its own choice of them.
 *
 * V8's defaults suit a short run that allocates much. Its young generation grows to 16 MB a half, and
 * its old one to up to four times what it held after the last full collection, and it gives the room
 * back only once its memory reducer sees the process idle, some seconds on. A language server lives
 * for hours and relints at every keystroke: at the end of a burst of typing it sat at 110 to 160 MB
 * resident, with 11 to 13 MB of heap in use. With the young generation kept at the size it starts
 * with and the old one grown by a fifth past what it holds, 80 to 90 MB, or 95 to 104 with a 1 MB
 * draft open. Each keystroke then spends more time collecting: in the server bench, the median
 * relint of a 30 KB draft took 1.9 to 2.9 ms where it took 1.5 to 1.8, and of a 1 MB draft 24 to 34
 * ms where it took 16 to 18, within the latency goals still.
 *
 * V8 reads both as it collects, so they take effect when set after the start; an editor cannot be
 * relied on to pass them, as VS Code's client could and Neovim's or Emacs's would not.
 */
const LEAN_HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=20'];

/** A flag that sizes the young generation or paces the old one's growth, whoever gave it. */
const HEAP_SIZING = /--(?:max-semi-space-size|min-semi-space-size|semi-space-growth-factor|heap-growing-percent)\b/;

/**
 * The flags to set for a process started with `execArgv` and NODE_OPTIONS `nodeOptions`: none if
 * either already sizes the heap, which is then someone's deliberate choice.
 */
export function leanHeapFlags(execArgv: readonly string[], nodeOptions: string): string[] {
  return execArgv.some((arg) => HEAP_SIZING.test(arg)) || HEAP_SIZING.test(nodeOptions) ? [] : LEAN_HEAP_FLAGS;
}

/** Sets the lean heap's flags on this process, unless it was started with heap flags of its own. */
export function useLeanHeap(): void {
  for (const flag of leanHeapFlags(process.execArgv, process.env.NODE_OPTIONS ?? '')) setFlagsFromString(flag);
}
