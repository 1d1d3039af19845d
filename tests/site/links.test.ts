import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, readPage } from '../support/dist';

const pages = htmlPages();
const idsByPath = new Map<string, Set<string>>();
const linksByPath = new Map<string, string[]>();

for (const { path, file } of pages) {
  const html = readPage(file);
  idsByPath.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '')));
  linksByPath.set(
    path,
    [...html.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&')),
  );
}

/** The file a site path is served from, or undefined when nothing answers it. */
function target(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('?')[0] ?? '');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const c of candidates) if (existsSync(join(DIST, c))) return c.endsWith('/index.html') ? c.slice(0, -'index.html'.length) : c;
  return undefined;
}

describe('internal links and #fragments resolve', () => {
  it.each(pages.map((p) => [p.path]))('%s', (path) => {
    const broken: string[] = [];
    for (const href of linksByPath.get(path) ?? []) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const [rawPath, fragment] = href.split('#') as [string, string | undefined];
      const resolvedPath = rawPath === '' ? path : new URL(rawPath, `http://site${path}`).pathname;
      const found = target(resolvedPath);
      if (!found) {
        broken.push(`${href} (no page)`);
        continue;
      }
      if (fragment && !idsByPath.get(found)?.has(decodeURIComponent(fragment))) broken.push(`${href} (no #${fragment} on ${found})`);
    }
    expect(broken).toEqual([]);
  });
});

describe('link text says where it goes', () => {
  const vague = /^(click here|here|read more|more|this|link)$/i;
  it.each(pages.map((p) => [p.path, p.file]))('%s', (_path, file) => {
    const texts = [...readPage(file).matchAll(/<a\s[^>]*>([\s\S]*?)<\/a>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').trim());
    expect(texts.filter((t) => vague.test(t))).toEqual([]);
  });
});
