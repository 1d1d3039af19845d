// A worker thread that rasterises social cards for card-pool.ts. Node runs this file as it is
// (type stripping), so its imports name their .ts files.
import { parentPort } from 'node:worker_threads';
import { createCardRenderer } from './render-card.ts';
import type { CardDrawing } from './social-card.ts';

export interface CardJob {
  id: number;
  drawing: CardDrawing;
}

export type CardResult = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

const render = createCardRenderer();

parentPort?.on('message', ({ id, drawing }: CardJob) => {
  try {
    const png = render(drawing);
    parentPort?.postMessage({ id, png } satisfies CardResult, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CardResult);
  }
});
