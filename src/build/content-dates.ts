import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate } from '../lib/dates';
import { frontMatterText } from '../lib/markdown-text';
import { contentDate } from '../lib/schemas';
import { TOOLS } from '../lib/tools/catalog';
import { urls } from '../lib/urls';

/**
 * The `updated` date (YYYY-MM-DD) in a content file's front matter, or another top-level date field
 * of a data file (a release's `checked`), through the schemas' date field; undefined when there
 * is none (the schema then stops the build with the file's name). Only its one line is read:
 * parsing all front matter as YAML cost 0.1-0.2 s with 1,000 articles.
 */
export function updatedDate(source: string, field = 'updated'): string | undefined {
  const value = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(frontMatterText(source) || source)?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
  const parsed = contentDate.safeParse(value);
  return parsed.success ? isoDate(parsed.data) : undefined;
}

/**
 * Last-modified date for each page built from content/, read from the front matter at config
 * time (the sitemap integration runs outside the content layer). Index pages take the newest date
 * of what they list.
 */
export function pageDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  const collections = [
    { dir: 'articles', ext: '.mdx', index: urls.articles(), page: urls.article },
    { dir: 'glossary', ext: '.md', index: urls.glossary(), page: urls.term },
    { dir: 'faq', ext: '.md', index: urls.faqList(), page: urls.faq },
    // A model page is as new as the last check of its facts (a data file: no front matter).
    { dir: 'models', ext: '.yaml', index: urls.models(), page: urls.model, field: 'checked' },
  ];
  for (const c of collections) {
    for (const file of readdirSync(join(root, 'content', c.dir)).filter((f) => f.endsWith(c.ext))) {
      const date = updatedDate(readFileSync(join(root, 'content', c.dir, file), 'utf8'), c.field);
      if (!date) continue;
      dates.set(c.page(file.slice(0, -c.ext.length)), date);
      if ((dates.get(c.index) ?? '') < date) dates.set(c.index, date);
    }
  }
  const newest = [...dates.values()].sort().at(-1);
  // The home, search, tool and comparison pages are built from everything else, so they date with
  // the newest. Each popular comparison is named after its page ("llama-4-vs-gemma-4").
  const pairs = [...readFileSync(join(root, 'content', 'tools', 'popular-comparisons.yaml'), 'utf8').matchAll(/^([a-z0-9-]+)-vs-([a-z0-9-]+):/gm)];
  const derived = [urls.home(), urls.search(), urls.tools(), ...TOOLS.map((t) => urls.tool(t.slug)), urls.compare(), ...pairs.map((m) => urls.comparePair(m[1] ?? '', m[2] ?? ''))];
  if (newest) for (const page of derived) dates.set(page, newest);
  return dates;
}
