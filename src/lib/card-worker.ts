// A worker thread that rasterises social cards for card-pool.ts. Node runs this file as it is
// (type stripping), so its imports name their .ts files.
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render-card.ts';

export interface CardJob {
  id: number;
  svg: string;
}

export type CardResult = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

parentPort?.on('message', ({ id, svg }: CardJob) => {
  try {
    const png = renderCard(svg);
    parentPort?.postMessage({ id, png } satisfies CardResult, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CardResult);
  }
});
