import type { APIRoute } from 'astro';
import { getSiteContent } from '@/data/content';
import { urls } from '@/lib/urls';
import type { SearchTerm } from '@/lib/search-results';

/** The glossary's names and aliases, for "did you mean" and exact-term pinning in the browser. */
export const GET: APIRoute = async () => {
  const { terms } = await getSiteContent();
  const list: SearchTerm[] = terms.map((t) => ({ slug: t.id, term: t.data.term, aliases: t.data.aliases, url: urls.term(t.id) }));
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
