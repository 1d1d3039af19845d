// The automatic glossary links of the built articles, each with its sentence: the logic of
// `npm run links:terms`, which lets an editor see a link in the wrong sense in seconds.
import { sentences } from '../../src/lib/markdown-text.ts';

export interface TermLink {
  /** Glossary slug the words link to. */
  term: string;
  /** The linked words as the reader sees them. */
  words: string;
  /** The sentence around them, with the link shown as [words → term]. */
  sentence: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/&#x?[0-9a-f]+;/gi, (e) => String.fromCodePoint(Number(e.startsWith('&#x') ? `0x${e.slice(3, -1)}` : e.slice(2, -1))))
    .replace(/\s+/g, ' ')
    .trim();

const LINK = /<span class="term"><a href="\/glossary\/([a-z0-9-]+)\/"[^>]*>([\s\S]*?)<\/a><span id="tip-[\s\S]*?<\/span><\/span>/g;
const MARK = /\[\[([^\]]*)→([a-z0-9-]+)\]\]/g;

/** Every automatic glossary link in one built page, in order, with the sentence it sits in. */
export function termLinks(html: string): TermLink[] {
  const links: TermLink[] = [];
  // Paragraphs, list items and table cells: the blocks a link can sit in.
  for (const block of html.match(/<(p|li|td|dd|blockquote)\b[^>]*>[\s\S]*?<\/\1>/g) ?? []) {
    if (!block.includes('<span class="term">')) continue;
    const marked = textOf(block.replace(LINK, (_, slug: string, label: string) => `[[${textOf(label)}→${slug}]]`));
    for (const sentence of sentences(marked)) {
      for (const m of sentence.matchAll(MARK)) {
        links.push({ term: m[2] ?? '', words: m[1] ?? '', sentence: sentence.trim().replace(MARK, (_, words: string, slug: string) => `[${words} → ${slug}]`) });
      }
    }
  }
  return links;
}

/** The report the command prints: per article, each link with its sentence. */
export function renderTermLinks(pages: readonly { path: string; links: readonly TermLink[] }[]): string {
  const lines: string[] = [];
  let total = 0;
  for (const page of pages) {
    if (!page.links.length) continue;
    lines.push(page.path);
    for (const link of page.links) lines.push(`  ${link.words} → ${link.term}: ${link.sentence}`);
    lines.push('');
    total += page.links.length;
  }
  lines.push(`${total} automatic glossary links in ${pages.length} articles. A link in the wrong sense comes from an alias in content/glossary: remove or narrow it.`);
  return lines.join('\n');
}
