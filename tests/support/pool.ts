/**
 * How many pages the browser tests load at the same time where tests run concurrently (the
 * every-page sweep, the readers' questions); tests/vitest.config.ts runs as many concurrent tests at
 * once. On two cores three keep both busy while one page waits for the network or the renderer;
 * four were no faster.
 */
export const PARALLEL_PAGES = 3;

/** A fixed set of things (pages, pairs of pages) that concurrent tests take turns with. */
export interface Pool<T> {
  /** Runs `work` with an item nobody else is using, waiting for one if need be. */
  use<R>(work: (item: T) => Promise<R>): Promise<R>;
}

export function pool<T>(items: T[]): Pool<T> {
  const free = [...items];
  const waiting: ((item: T) => void)[] = [];
  return {
    async use(work) {
      const item = free.pop() ?? (await new Promise<T>((resolve) => waiting.push(resolve)));
      try {
        return await work(item);
      } finally {
        const next = waiting.shift();
        if (next) next(item);
        else free.push(item);
      }
    },
  };
}
