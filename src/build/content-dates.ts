import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frontMatterText } from '../lib/markdown-text';
import { TOOLS } from '../lib/tools/catalog';

/** The `updated:` date (YYYY-MM-DD) in a content file's front matter. */
export function updatedDate(source: string): string | undefined {
  return /^updated:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(frontMatterText(source))?.[1];
}

/**
 * Last-modified date for each page built from content/, read from the front matter at config
 * time (the sitemap integration runs outside the content layer). Index pages take the newest date
 * of what they list.
 */
export function pageDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  const collections = [
    { dir: 'articles', ext: '.mdx', index: '/articles/' },
    { dir: 'glossary', ext: '.md', index: '/glossary/' },
    { dir: 'faq', ext: '.md', index: '/faq/' },
  ];
  for (const c of collections) {
    for (const file of readdirSync(join(root, 'content', c.dir)).filter((f) => f.endsWith(c.ext))) {
      const date = updatedDate(readFileSync(join(root, 'content', c.dir, file), 'utf8'));
      if (!date) continue;
      dates.set(`${c.index}${file.slice(0, -c.ext.length)}/`, date);
      if ((dates.get(c.index) ?? '') < date) dates.set(c.index, date);
    }
  }
  const newest = [...dates.values()].sort().at(-1);
  // The home, search and tool pages are built from everything else, so they date with the newest.
  const derived = ['/', '/search/', '/tools/', ...TOOLS.map((t) => `/tools/${t.slug}/`)];
  if (newest) for (const page of derived) dates.set(page, newest);
  return dates;
}
