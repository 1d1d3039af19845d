import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardJob, CardResult } from './worker.ts';
import type { CardDrawing } from './drawing.ts';

/** Each worker holds its own renderer and fonts; past a few, a big machine only spends memory. */
const MAX_WORKERS = 4;

export interface CardPool {
  /** Draws a card and writes it to `file` from a worker, so its bytes never cross threads. */
  write(drawing: CardDrawing, file: string): Promise<void>;
}

/**
 * Draws social cards on worker threads, one per core the main thread leaves free. Astro renders
 * pages on the main thread, so cards queued before page rendering starts are drawn meanwhile.
 *
 * Every card is handed to a worker as soon as it is asked for (the cards of one tick in one
 * message per worker), not one at a time as workers finish: a worker that had to ask the main
 * thread for its next card waited for the page being rendered to yield, and sat idle over half
 * the time.
 */
export function createCardPool(workerFile: string, size = Math.min(availableParallelism() - 1, MAX_WORKERS)): CardPool {
  const pending = new Map<number, { resolve(): void; reject(error: Error): void }>();
  /** Jobs asked for in this tick, one list per worker; sent together when the tick ends. */
  let batches: CardJob[][] | undefined;
  let nextId = 0;
  /** Set when a worker dies: every waiting card and every later one fails with it, none waits forever. */
  let failure: Error | undefined;

  const settled = () => {
    // No work left: let the build exit without waiting for the threads.
    if (pending.size === 0) workers.forEach((w) => w.unref());
  };
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(workerFile);
    worker.on('message', (result: CardResult) => {
      const job = pending.get(result.id);
      pending.delete(result.id);
      if ('error' in result) job?.reject(new Error(`Could not draw a social card: ${result.error}`));
      else job?.resolve();
      settled();
    });
    worker.on('error', (error) => {
      failure = new Error(`A social card worker (${workerFile}) stopped: ${error.message}`);
      for (const job of pending.values()) job.reject(failure);
      pending.clear();
      workers.forEach((w) => void w.terminate());
    });
    return worker;
  });

  const send = () => {
    const sending = batches ?? [];
    batches = undefined;
    if (failure) return;
    sending.forEach((jobs, i) => jobs.length && workers[i]?.postMessage(jobs));
  };

  return {
    write(drawing, file) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      workers.forEach((w) => w.ref());
      if (!batches) {
        batches = workers.map(() => []);
        queueMicrotask(send);
      }
      // Cards cost about the same to draw, so taking turns keeps the workers equally busy.
      batches[id % workers.length]?.push({ id, drawing, file });
      return new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
    },
  };
}
