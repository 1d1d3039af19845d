import type { APIRoute } from 'astro';
import { loadCheckerTopics } from '@/data/license-checker';

/**
 * The licence checker's words, for its browser module to fetch when the tool loads: they live in
 * content/, and the module that the article pages defer stays small.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadCheckerTopics()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
