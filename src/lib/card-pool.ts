import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardResult } from './card-worker.ts';
import type { CardDrawing } from './social-card.ts';

/** Each worker holds its own renderer and fonts; past a few, a big machine only spends memory. */
const MAX_WORKERS = 4;

export interface CardPool {
  /** Draws a card and writes it to `file` from a worker, so its bytes never cross threads. */
  write(drawing: CardDrawing, file: string): Promise<void>;
}

/**
 * Draws social cards on worker threads, one per core the main thread leaves free. Astro renders
 * pages on the main thread, so cards queued before page rendering starts are drawn meanwhile.
 */
export function createCardPool(workerFile: string, size = Math.min(availableParallelism() - 1, MAX_WORKERS)): CardPool {
  const pending = new Map<number, { resolve(): void; reject(error: Error): void }>();
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
      else job?.resolve();
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
    write(drawing, file) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      workers.forEach((w) => w.ref());
      return new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        queue.push({ id, drawing, file });
        dispatch();
      });
    },
  };
}
