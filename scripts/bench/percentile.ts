/** The value below which the fraction `p` of the sorted runs lie: the nearest run, never an interpolation. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}
