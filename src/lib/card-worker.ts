// A worker thread that rasterises social cards for card-pool.ts. Node runs this file as it is
// (type stripping), so its imports name their .ts files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { createCardRenderer } from './render-card.ts';
import type { CardDrawing } from './social-card.ts';

export interface CardJob {
  id: number;
  drawing: CardDrawing;
  /** Where to write the PNG. */
  file: string;
}

export type CardResult = { id: number } | { id: number; error: string };

const render = createCardRenderer();

parentPort?.on('message', ({ id, drawing, file }: CardJob) => {
  try {
    const png = render(drawing);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    parentPort?.postMessage({ id } satisfies CardResult);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CardResult);
  }
});
