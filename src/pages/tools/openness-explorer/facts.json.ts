import type { APIRoute } from 'astro';
import { loadExplorerPoints } from '@/data/explorer-points';
import { factsHtml } from '@/lib/tools/openness-explorer-html';
import { urls } from '@/lib/urls';

/**
 * Each point's facts as HTML, keyed by point: what an explorer rendered with `lazyFacts` fetches
 * when it loads, instead of repeating in its page the table that page already shows.
 */
export const GET: APIRoute = async () => {
  const points = await loadExplorerPoints();
  const facts = Object.fromEntries(points.map((p) => [p.key, factsHtml(p, urls.term)]));
  return new Response(JSON.stringify(facts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
