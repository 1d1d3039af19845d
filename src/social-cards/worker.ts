// A worker thread that rasterises social cards for card-pool.ts. Node runs this file as it is
// (type stripping), so its imports name their .ts files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { createCardRenderer } from './render.ts';
import type { CardDrawing } from './drawing.ts';

export interface CardJob {
  id: number;
  drawing: CardDrawing;
  /** Where to write the PNG. */
  file: string;
}

export type CardResult = { id: number } | { id: number; error: string };

const render = createCardRenderer();
/** Folders this worker has made: most cards share one. */
const made = new Set<string>();

// Jobs arrive in batches (card-pool.ts); each card is answered as soon as it is written.
parentPort?.on('message', (jobs: CardJob[]) => {
  for (const { id, drawing, file } of jobs) {
    try {
      const png = render(drawing);
      const folder = dirname(file);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(file, png);
      parentPort?.postMessage({ id } satisfies CardResult);
    } catch (error) {
      parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CardResult);
    }
  }
});
