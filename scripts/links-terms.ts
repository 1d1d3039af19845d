#!/usr/bin/env node
// npm run links:terms: prints every automatic glossary link in the built articles with the
// sentence it sits in, so that an editor can spot a word linked in the wrong sense. Reads dist/,
// so run `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { filesBelow } from './lib/files.ts';
import { renderTermLinks, termLinks } from './lib/term-links.ts';

const articles = fileURLToPath(new URL('../dist/articles/', import.meta.url));
if (!existsSync(articles)) {
  console.error('No built articles in dist/articles/: run `npm run build` first.');
  process.exit(1);
}
const pages = filesBelow(articles)
  .filter((f) => /^[^/]+\/index\.html$/.test(f))
  .map((f) => ({ path: `/articles/${f.slice(0, -'index.html'.length)}`, links: termLinks(readFileSync(`${articles}${f}`, 'utf8')) }));
console.log(renderTermLinks(pages));
