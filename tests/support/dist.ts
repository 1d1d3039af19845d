import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesBelow } from '../../scripts/lib/files.ts';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML file in dist/, as site paths ("/articles/quantization/", "/404.html"). */
export function htmlPages(): { path: string; file: string }[] {
  // Pagefind's and Astro's asset folders hold no pages of the site.
  const inAssets = (rel: string) => rel.split('/').slice(0, -1).some((folder) => folder === 'pagefind' || folder === '_astro');
  return filesBelow(DIST)
    .filter((rel) => rel.endsWith('.html') && !inAssets(rel))
    .map((rel) => {
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file: join(DIST, rel) };
    });
}

export function readPage(file: string): string {
  return readFileSync(file, 'utf8');
}

/** What Pagefind indexed for each page: a fragment is gzip-compressed "pagefind_dcd" and the page's JSON. */
export function searchFragments(): { url: string; content: string }[] {
  const folder = join(DIST, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}
