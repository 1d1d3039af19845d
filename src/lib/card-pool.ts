import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardResult } from './card-worker.ts';
import type { CardDrawing } from './social-card.ts';

/** Each worker holds its own renderer and fonts; past a few, a big machine only spends memory. */
const MAX_WORKERS = 4;

/**
 * Renders social cards on worker threads. Astro renders pages one at a time on the main thread, so
 * cards queued before page rendering starts are drawn on the other cores meanwhile (one worker per
 * core the main thread leaves free), and the card routes, which come later, mostly find their PNG
 * ready.
 */
export function createCardPool(
  workerFile: string,
  size = Math.min(availableParallelism() - 1, MAX_WORKERS),
): { render(drawing: CardDrawing): Promise<Uint8Array<ArrayBuffer>> } {
  const pending = new Map<number, { resolve(png: Uint8Array<ArrayBuffer>): void; reject(error: Error): void }>();
  const idle: Worker[] = [];
  const queue: CardJob[] = [];
  let nextId = 0;
  /** Set when a worker dies: every waiting card and every later one fails with it, none waits forever. */
  let failure: Error | undefined;

  const dispatch = () => {
    while (idle.length && queue.length) (idle.pop() as Worker).postMessage(queue.shift());
    // No work left: let the build exit without waiting for the threads.
    if (!queue.length && pending.size === 0) workers.forEach((w) => w.unref());
  };
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(workerFile);
    worker.on('message', (result: CardResult) => {
      const job = pending.get(result.id);
      pending.delete(result.id);
      if ('error' in result) job?.reject(new Error(`Could not draw a social card: ${result.error}`));
      else job?.resolve(result.png);
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => {
      failure = new Error(`A social card worker (${workerFile}) stopped: ${error.message}`);
      for (const job of pending.values()) job.reject(failure);
      pending.clear();
      queue.length = 0;
      workers.forEach((w) => void w.terminate());
    });
    idle.push(worker);
    return worker;
  });

  return {
    render(drawing) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      workers.forEach((w) => w.ref());
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, drawing });
        dispatch();
      });
    },
  };
}
