import { join } from 'node:path';
import { createCardPool } from './pool.ts';
import type { CardDrawing } from './drawing.ts';

/**
 * Writes each card to its site path (cardPath) below `outDir`, on worker threads. Resolves
 * with how many were written once all are; rejects with the first failure.
 */
export function writeCards(cards: readonly { path: string; drawing: CardDrawing }[], workerFile: string, outDir: string): Promise<number> {
  const pool = createCardPool(workerFile);
  return Promise.all(cards.map(({ path, drawing }) => pool.write(drawing, join(outDir, path)))).then(() => cards.length);
}
