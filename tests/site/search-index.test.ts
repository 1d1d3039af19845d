import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, readPage, searchFragments } from '../support/dist';

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

describe('the indexed text of a page', () => {
  const fragments = searchFragments();

  it('leaves out the glossary previews inside articles (scripts/lib/search-index.ts)', () => {
    const path = '/articles/what-are-open-weights/';
    const content = fragments
      .filter((f) => f.url === path)
      .map((f) => f.content)
      .join('\n');
    expect(content.length).toBeGreaterThan(1000);
    const previews = [...readPage(join(DIST, path, 'index.html')).matchAll(/<span id="tip-[^"]+"><strong>([^<]+)<\/strong> ([^<]+)<\/span>/g)].map((m) =>
      `${m[1]} ${m[2]}`.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
    );
    expect(previews.length).toBeGreaterThan(5);
    expect(previews.filter((p) => content.includes(p))).toEqual([]);
    expect(content).toContain('learned numbers');
  });
});
