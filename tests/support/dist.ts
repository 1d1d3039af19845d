import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML file in dist/, as site paths ("/articles/quantization/", "/404.html"). */
export function htmlPages(): { path: string; file: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : walk(full);
      return e.name.endsWith('.html') ? [full] : [];
    });
  return walk(DIST)
    .sort()
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file };
    });
}

export function readPage(file: string): string {
  return readFileSync(file, 'utf8');
}
