import { join } from 'node:path';
import { createCardPool } from './card-pool.ts';
import type { CardDrawing } from './social-card.ts';

// The route that queues the cards and the integration that waits for them load separately (one in
// the build's page runtime, one with the config), in the same process: they meet on globalThis.
const WRITING = Symbol.for('open-weights-explained.card-files');
type Writing = Promise<number>;
const registry = globalThis as { [WRITING]?: Writing };

/** Starts writing each card to its site path (from cardPath) below `outDir`, on worker threads. */
export function writeCards(cards: { path: string; drawing: CardDrawing }[], workerFile: string, outDir: string): void {
  const pool = createCardPool(workerFile);
  const writing = Promise.all(cards.map(({ path, drawing }) => pool.write(drawing, join(outDir, path)))).then(() => cards.length);
  // Awaited by cardsWritten, which fails the build with the error; this only keeps Node from
  // reporting the rejection as unhandled before then.
  writing.catch(() => {});
  registry[WRITING] = writing;
}

/** How many cards were written, once all are; rejects with the first failure. */
export function cardsWritten(): Promise<number> {
  return registry[WRITING] ?? Promise.resolve(0);
}
