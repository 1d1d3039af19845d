import { suggest } from '../../lib/fuzzy';
import { exactTerm, MAX_QUERY_LENGTH, pinExactTerm, toDisplay, type DisplayResult, type PagefindData, type SearchTerm } from '../../lib/search-results';
import { planQuery, withHighlight } from '../../lib/search-query';
import type { PageType } from '../../lib/page-types';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string, options?: object): Promise<PagefindResponse | null>;
  preload(query: string): Promise<void>;
  init(): Promise<void>;
}

export interface SearchOutcome {
  query: string;
  results: DisplayResult[];
  /** How many pages matched, before the display limit. */
  total: number;
  /** Glossary terms spelled like the query (typos, other spellings), unless it names one exactly. */
  suggestions: SearchTerm[];
  /** The query was longer than MAX_QUERY_LENGTH and was cut. */
  cut?: boolean;
}

export interface SearchOptions {
  type?: PageType | undefined;
  /** False once the reader has typed on: a query nobody will see fetches no results. */
  isCurrent?: () => boolean;
  /** How many results to show. Each costs a fragment fetch, so the dialog shows fewer than the page. */
  limit?: number;
}

/** After the first key, results update when the reader pauses this long. */
export const TYPING_PAUSE_MS = 150;
/** Results shown at the first key, while the reader is probably still typing. */
export const FIRST_KEY_RESULTS = 3;

let pagefind: Promise<Pagefind> | undefined;
let terms: Promise<SearchTerm[]> | undefined;

/** Starts fetching Pagefind and the glossary list; safe to call repeatedly. */
export function loadEngine(): void {
  const pagefindUrl = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (pf) => {
    // Links from results carry ?highlight=..., which landing pages use to mark the words.
    // noWorker: this index is small enough to search on the main thread, and the worker would be a
    // second 13 KB copy of the code pagefind.js already holds, fetched before the first result.
    await pf.options({ highlightParam: 'highlight', excerptLength: 22, noWorker: true });
    // The reader has opened search: fetch and compile the WebAssembly now, not at the first key.
    await pf.init();
    return pf;
  });
  terms ??= fetch('/search/terms.json').then((r) => (r.ok ? (r.json() as Promise<SearchTerm[]>) : []));
}

/**
 * Searches, or returns undefined when `isCurrent` says the reader has typed on since: each result
 * shown costs a fragment fetch, so a query nobody will see fetches none.
 */
export async function runSearch(raw: string, { type, isCurrent = () => true, limit = 10 }: SearchOptions = {}): Promise<SearchOutcome | undefined> {
  loadEngine();
  const typed = planQuery(raw, MAX_QUERY_LENGTH);
  const query = typed.text;
  const cut = raw.replace(/\s+/g, ' ').trim().length > MAX_QUERY_LENGTH;
  // Nothing typed, or one character: nothing to say yet.
  if (query.length < 2) return { query: '', results: [], total: 0, suggestions: [] };
  const [pf, allTerms] = await Promise.all([pagefind as Promise<Pagefind>, terms as Promise<SearchTerm[]>]);
  if (!isCurrent()) return undefined;
  // A glossary alias is a synonym: "aup" and "alv2" search for what their terms are called.
  const named = exactTerm(query, allTerms);
  const plan = named && planQuery(named.term).query ? { ...planQuery(named.term), text: query } : typed;
  const suggestions = exactTerm(query, allTerms) ? [] : suggest(query, allTerms, (t) => [t.term, ...t.aliases], 4);
  // Nonsense, one letter or only words such as "what is the": nothing to search for.
  if (!plan.query) return { query, results: [], total: 0, suggestions, cut };
  const options = type ? { filters: { type } } : {};
  let found = (await pf.search(plan.query, options))?.results ?? [];
  if (found.length < 3 && plan.terms.length > 1) found = await relaxed(pf, plan.terms, options, found);
  if (!isCurrent()) return undefined;
  if (plan.question && !type) found = await answerFirst(pf, plan.terms, found);
  if (!isCurrent()) return undefined;
  const data = await Promise.all(found.slice(0, limit).map((r) => r.data()));
  // Result links highlight the query's meaningful terms only, never "is" or "the".
  const highlighted = (d: PagefindData): PagefindData => ({
    ...d,
    url: withHighlight(d.url, plan.terms),
    ...(d.sub_results ? { sub_results: d.sub_results.map((s) => ({ ...s, url: withHighlight(s.url, plan.terms) })) } : {}),
  });
  let results = data.map((d) => toDisplay(highlighted(d)));
  // "what is gguf" names the term as surely as "gguf" does.
  if (!type || type === 'Glossary') results = pinExactTerm(results, exactTerm(query, allTerms) ? query : plan.query, allTerms);
  return { query, results, total: Math.max(found.length, results.length), suggestions, cut };
}

/**
 * When every term together finds too little, each term is searched alone and pages are ranked by
 * how many of the terms they contain, then by their best score: a real question never ends at zero
 * results while any page answers part of it.
 */
async function relaxed(pf: Pagefind, terms: readonly string[], options: object, strict: PagefindResult[]): Promise<PagefindResult[]> {
  const byId = new Map<string, { result: PagefindResult; count: number; score: number }>();
  for (const r of strict) byId.set(r.id, { result: r, count: terms.length + 1, score: r.score });
  const perTerm = await Promise.all(terms.map((t) => pf.search(t, options)));
  for (const response of perTerm) {
    for (const r of response?.results ?? []) {
      const seen = byId.get(r.id);
      if (seen) {
        seen.count += 1;
        seen.score = Math.max(seen.score, r.score);
      } else byId.set(r.id, { result: r, count: 1, score: r.score });
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || b.score - a.score).map((e) => e.result);
}

/**
 * For a question, the best FAQ answer holding all its terms moves to the top when it is among the
 * first five results: an answer written for the question settles it better than a page that only
 * mentions the words. (Ranking answers by some of the terms picked answers about the wrong thing.)
 */
async function answerFirst(pf: Pagefind, terms: readonly string[], found: PagefindResult[]): Promise<PagefindResult[]> {
  const answers = (await pf.search(terms.join(' '), { filters: { type: 'FAQ' } }))?.results ?? [];
  const best = answers[0];
  if (!best) return found;
  const at = found.findIndex((r) => r.id === best.id);
  if (at < 0 || at > 4) return found;
  return [best, ...found.filter((r) => r.id !== best.id)];
}
