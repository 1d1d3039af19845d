import { suggest } from '../../lib/fuzzy';
import { exactTerm, normaliseQuery, pinExactTerm, toDisplay, type DisplayResult, type PagefindData, type SearchTerm } from '../../lib/search-results';
import type { PageType } from '../../lib/page-types';

interface PagefindResponse {
  results: { data(): Promise<PagefindData> }[];
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
  const query = normaliseQuery(raw);
  if (!query) return { query, results: [], total: 0, suggestions: [] };
  const [pf, allTerms] = await Promise.all([pagefind as Promise<Pagefind>, terms as Promise<SearchTerm[]>]);
  if (!isCurrent()) return undefined;
  const response = await pf.search(query, type ? { filters: { type } } : {});
  if (!isCurrent()) return undefined;
  const found = response?.results ?? [];
  const data = await Promise.all(found.slice(0, limit).map((r) => r.data()));
  let results = data.map((d) => toDisplay(d));
  if (!type || type === 'Glossary') results = pinExactTerm(results, query, allTerms);
  const suggestions = exactTerm(query, allTerms) ? [] : suggest(query, allTerms, (t) => [t.term, ...t.aliases], 4);
  return { query, results, total: Math.max(found.length, results.length), suggestions };
}
