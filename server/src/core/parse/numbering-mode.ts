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
    const first = block.paragraphs.find((p) => p.number !== undefined)?.number;
    if (first === undefined) continue;
    if (previousLast !== undefined) {
      if (first === 1) restarts++;
      else if (first === previousLast + 1) continues++;
    }
    previousLast = lastNumber(block);
  }
  return { mode: restarts > continues ? 'restart' : 'continuous', detected: restarts + continues > 0 };
}

function lastNumber(block: Block): number | undefined {
  for (let i = block.paragraphs.length - 1; i >= 0; i--) {
    const n = block.paragraphs[i]!.number;
    if (n !== undefined) return n;
  }
  return undefined;
}
