import { render } from 'astro:content';
import { getSiteContent, type Article } from './content';

let usage: Promise<Map<string, Article[]>> | undefined;

/** Articles whose text links to each glossary term (found by the glossary linker while rendering). */
function loadUsage(): Promise<Map<string, Article[]>> {
  usage ??= (async () => {
    const { articles } = await getSiteContent();
    const map = new Map<string, Article[]>();
    for (const article of articles) {
      const { remarkPluginFrontmatter } = await render(article);
      const slugs = (remarkPluginFrontmatter['glossaryTerms'] ?? []) as string[];
      for (const slug of new Set(slugs)) {
        const list = map.get(slug);
        if (list) list.push(article);
        else map.set(slug, [article]);
      }
    }
    return map;
  })();
  return usage;
}

export async function articlesUsingTerm(slug: string): Promise<Article[]> {
  return (await loadUsage()).get(slug) ?? [];
}
