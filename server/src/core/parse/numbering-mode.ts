import type { Block, NumberingMode } from '../model/model';

/**
 * A draft numbers straight through the statement; a copy from the website restarts at 1 under every
 * heading (house-style.md section 3). The mode is whichever the draft's block boundaries show more of;
 * with no evidence either way it is continuous, the way statements are written.
 */
export function detectNumberingMode(blocks: readonly Block[]): { mode: NumberingMode; detected: boolean } {
  let restarts = 0;
  let continues = 0;
  let previousLast: number | undefined;
  for (const block of blocks) {
    const numbers = block.paragraphs.flatMap((p) => (p.number === undefined ? [] : [p.number]));
    if (numbers.length === 0) continue;
    const first = numbers[0]!;
    if (previousLast !== undefined) {
      if (first === 1) restarts++;
      else if (first === previousLast + 1) continues++;
    }
    previousLast = numbers[numbers.length - 1]!;
  }
  return { mode: restarts > continues ? 'restart' : 'continuous', detected: restarts + continues > 0 };
}
