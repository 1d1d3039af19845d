import { suggest } from '../../lib/fuzzy';
import { exactTerm, normaliseQuery, pinExactTerm, toDisplay, type DisplayResult, type PagefindData, type ResultType, type SearchTerm } from '../../lib/search-results';

interface PagefindResponse {
  results: { data(): Promise<PagefindData> }[];
}
interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string, options?: object): Promise<PagefindResponse | null>;
  preload(query: string): Promise<void>;
}

export interface SearchOutcome {
  query: string;
  results: DisplayResult[];
  /** How many pages matched, before the display limit. */
  total: number;
  /** Glossary terms spelled like the query (typos, other spellings), unless it names one exactly. */
  suggestions: SearchTerm[];
}

const RESULT_LIMIT = 10;
let pagefind: Promise<Pagefind> | undefined;
let terms: Promise<SearchTerm[]> | undefined;

/** Starts fetching Pagefind and the glossary list; safe to call repeatedly. */
export function loadEngine(): void {
  const pagefindUrl = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>).then(async (pf) => {
    // Links from results carry ?highlight=..., which landing pages use to mark the words.
    await pf.options({ highlightParam: 'highlight', excerptLength: 22 });
    return pf;
  });
  terms ??= fetch('/search/terms.json').then((r) => (r.ok ? (r.json() as Promise<SearchTerm[]>) : []));
}

export async function runSearch(raw: string, type?: ResultType): Promise<SearchOutcome> {
  loadEngine();
  const query = normaliseQuery(raw);
  if (!query) return { query, results: [], total: 0, suggestions: [] };
  const [pf, allTerms] = await Promise.all([pagefind as Promise<Pagefind>, terms as Promise<SearchTerm[]>]);
  const response = await pf.search(query, type ? { filters: { type } } : {});
  const found = response?.results ?? [];
  const data = await Promise.all(found.slice(0, RESULT_LIMIT).map((r) => r.data()));
  let results = data.map((d) => toDisplay(d));
  if (!type || type === 'Glossary') results = pinExactTerm(results, query, allTerms);
  const suggestions = exactTerm(query, allTerms) ? [] : suggest(query, allTerms, (t) => [t.term, ...t.aliases], 4);
  return { query, results, total: Math.max(found.length, results.length), suggestions };
}
