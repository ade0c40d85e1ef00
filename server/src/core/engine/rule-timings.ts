import { compareCodeUnits } from '../text/sorted';

/** The line under which the parse's time is counted, apart from the rules'. */
export const PARSE_TIMING = '(parse)';

/**
 * Where the time of one or more lints went, by rule: what `TIMING=1` prints. A reading that several
 * rules share (the remedies, the citations, the personal data) is worked out by the first rule that
 * asks for it, which is charged for it. The clock is given, so that the core reads none of its own.
 */
export class RuleTimings {
  private readonly totals = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** Runs `work` and adds its time to `id`'s total, even when it throws. */
  time<T>(id: string, work: () => T): T {
    const start = this.now();
    try {
      return work();
    } finally {
      this.add(id, this.now() - start);
    }
  }

  add(id: string, ms: number): void {
    this.totals.set(id, (this.totals.get(id) ?? 0) + ms);
  }

  /** Another run's totals (a worker thread's), added to these. */
  merge(totals: Readonly<Record<string, number>>): void {
    for (const [id, ms] of Object.entries(totals)) this.add(id, ms);
  }

  /** Each rule's total in milliseconds, the longest first. */
  longestFirst(): [id: string, ms: number][] {
    return [...this.totals].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]));
  }

  /** The totals as a plain object, to travel between threads. */
  toJSON(): Record<string, number> {
    return Object.fromEntries(this.totals);
  }
}
