import { countAtMost } from './sorted';

/**
 * Ascending offsets, counted from where the last count ended. A reader that asks in text order, as the
 * citation binder does for each citation, mostly finds its answer there or one further on, and halves
 * only when it jumps: a text naming an Act again and again asked tens of thousands of times.
 */
export class AscendingOffsets {
  private counted = 0;

  constructor(readonly values: readonly number[]) {}

  /** How many of the offsets are at most `offset`. */
  countAtMost(offset: number): number {
    const { values, counted } = this;
    if (isCount(values, counted, offset)) return counted;
    this.counted = counted < values.length && isCount(values, counted + 1, offset) ? counted + 1 : countAtMost(values, offset);
    return this.counted;
  }
}

/** Whether `count` of the ascending values are at most `offset`. A function, not a closure: one made per call cost more than the search it saved. */
function isCount(values: readonly number[], count: number, offset: number): boolean {
  return (count === 0 || values[count - 1]! <= offset) && (count === values.length || values[count]! > offset);
}
