import type { APIRoute } from 'astro';
import { getSiteContent } from '@/data/content';
import { toWire, type SearchTerm } from '@/lib/search-results';

/**
 * The names the site has pages for, glossary terms with their aliases and model releases, for
 * synonyms, typo correction, "did you mean" and pinning an exact match in the browser.
 */
export const GET: APIRoute = async () => {
  const { terms, models } = await getSiteContent();
  const list: SearchTerm[] = [
    ...terms.map((t): SearchTerm => ({ type: 'Glossary', slug: t.id, term: t.data.term, aliases: t.data.aliases })),
    ...models.map((m): SearchTerm => ({ type: 'Model', slug: m.id, term: m.data.name, aliases: [] })),
  ];
  return new Response(JSON.stringify(toWire(list)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
