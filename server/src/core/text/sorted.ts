/**
 * For items in an order where `isBefore` holds for a run at the start and for none after it: how long
 * that run is, found by bisection. `isBefore` is asked about item indexes.
 */
export function leadingCount(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
