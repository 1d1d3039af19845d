import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/dist';

// scripts/lib/search-index.ts asks Pagefind for small index chunks, so that a query fetches little of
// the index. The setting is marked unstable in Pagefind; this notices if an upgrade ignores it.
describe('the search index', () => {
  const folder = join(DIST, 'pagefind', 'index');
  const sizes = readdirSync(folder).map((name) => statSync(join(folder, name)).size);

  it('is split into small chunks, so a five-word question fetches about 12 KB of it', () => {
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5_000);
  });
});
