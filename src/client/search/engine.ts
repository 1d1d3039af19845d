import { suggest } from '../../lib/fuzzy';
import { exactTerm, fromWire, MAX_QUERY_LENGTH, pinExactTerm, toDisplay, type DisplayResult, type NamesWire, type PagefindData, type SearchTerm } from '../../lib/search-results';
import { correctedTerms, planQuery, synonymsOf, vocabularyOf, withHighlight, withSynonyms, type Synonym } from '../../lib/search-query';
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
  /** What was searched instead when the query as typed found nothing and had a misspelt name ("llama license" for "lama licence"). */
  corrected?: string;
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

/** The site's names, and what the query layer derives from them once. */
interface Names {
  list: SearchTerm[];
  synonyms: Synonym[];
  vocabulary: Set<string>;
}

let pagefind: Promise<Pagefind> | undefined;
let names: Promise<Names> | undefined;

/** Starts fetching Pagefind and the site's names; safe to call repeatedly. */
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
  names ??= fetch('/search/terms.json')
    .then(async (r) => (r.ok ? fromWire((await r.json()) as NamesWire) : []))
    .then((list) => ({ list, synonyms: synonymsOf(list), vocabulary: vocabularyOf(list) }));
}

/**
 * Searches, or returns undefined when `isCurrent` says the reader has typed on since: each result
 * shown costs a fragment fetch, so a query nobody will see fetches none.
 *
 * The query as typed is asked first. When it finds too little, its aliases are asked as the names
 * they stand for ("aup" as "acceptable use policy"); when it finds nothing, misspelt names are
 * corrected ("lama" as "llama"); and when every word together still finds too little, pages are
 * ranked by how many of the words they hold.
 */
export async function runSearch(raw: string, { type, isCurrent = () => true, limit = 10 }: SearchOptions = {}): Promise<SearchOutcome | undefined> {
  loadEngine();
  const typed = planQuery(raw, MAX_QUERY_LENGTH);
  const query = typed.text;
  const cut = raw.replace(/\s+/g, ' ').trim().length > MAX_QUERY_LENGTH;
  // Nothing typed, or one character: nothing to say yet.
  if (query.length < 2) return { query: '', results: [], total: 0, suggestions: [] };
  const [pf, { list, synonyms, vocabulary }] = await Promise.all([pagefind as Promise<Pagefind>, names as Promise<Names>]);
  if (!isCurrent()) return undefined;
  // A name or alias on its own, or with only words such as "what is", names its page: "aup" and
  // "what is alv2" search for what their terms are called, and that page leads.
  const named = exactTerm(query, list) ?? (typed.query ? exactTerm(typed.query, list) : undefined);
  const plan = named && planQuery(named.term).query ? { ...planQuery(named.term), text: query, question: typed.question } : typed;
  const suggestions = named ? [] : suggest(query, list, (t) => [t.term, ...t.aliases], 4);
  // Nonsense, one letter or only words such as "what is the": nothing to search for.
  if (!plan.query) return { query, results: [], total: 0, suggestions, cut };
  const options = type ? { filters: { type } } : {};
  const strict = async (terms: readonly string[]) => (await pf.search(terms.join(' '), options))?.results ?? [];
  let terms: readonly string[] = plan.terms;
  let found = await strict(terms);
  const highlight = new Set(terms);
  if (found.length < 3) {
    const standIns = withSynonyms(terms, synonyms);
    if (standIns !== terms) {
      found = merged(found, await strict(standIns));
      for (const t of standIns) highlight.add(t);
      if (!found.length) terms = standIns;
    }
  }
  // A misspelt name ("lama") matches nothing, or a few pages that happen to hold it, and Pagefind
  // leaves out a word that matches nothing, so "lama licence" would search "license" alone. Each
  // word a name is close to is judged on its own: the name wins when it finds more than twice as
  // many pages.
  let corrected: string | undefined;
  const fixed = correctedTerms(terms, vocabulary);
  if (fixed) {
    const pages = async (word: string) => (await strict([word])).length;
    const judged = await Promise.all(fixed.map(async (word, i) => (word === terms[i] || (await pages(word)) <= 2 * (await pages(terms[i] as string)) ? (terms[i] as string) : word)));
    if (judged.some((word, i) => word !== terms[i])) {
      terms = judged;
      corrected = judged.join(' ');
      highlight.clear();
      for (const t of judged) highlight.add(t);
      found = await strict(judged);
    }
  }
  if (found.length < 3 && terms.length > 1) found = await relaxed(pf, terms, (t) => (vocabulary.has(t) ? 2 : 1), options, found);
  if (!isCurrent()) return undefined;
  if (plan.question && !type) found = await answerFirst(pf, terms, found);
  if (!isCurrent()) return undefined;
  const data = await Promise.all(found.slice(0, limit).map((r) => r.data()));
  // Result links highlight the query's meaningful terms only, never "is" or "the".
  const marks = [...highlight];
  const highlighted = (d: PagefindData): PagefindData => ({
    ...d,
    url: withHighlight(d.url, marks),
    ...(d.sub_results ? { sub_results: d.sub_results.map((s) => ({ ...s, url: withHighlight(s.url, marks) })) } : {}),
  });
  let results = data.map((d) => toDisplay(highlighted(d)));
  if (named && (!type || type === named.type)) results = pinExactTerm(results, named.term, list);
  return { query, results, total: Math.max(found.length, results.length), suggestions, ...(corrected ? { corrected } : {}), cut };
}

/** Results of a first search, then those of a second that the first lacked. */
function merged(first: PagefindResult[], second: PagefindResult[]): PagefindResult[] {
  const seen = new Set(first.map((r) => r.id));
  return [...first, ...second.filter((r) => !seen.has(r.id))];
}

/**
 * When every term together finds too little, each term is searched alone and pages are ranked by
 * how much of the query they hold, then by their best score: a real question never ends at zero
 * results while any page answers part of it. A name the site has a page for ("gemma", "lora")
 * counts double, as it says more about what the reader wants than "product" or "sell".
 */
async function relaxed(pf: Pagefind, terms: readonly string[], weight: (term: string) => number, options: object, strict: PagefindResult[]): Promise<PagefindResult[]> {
  const byId = new Map<string, { result: PagefindResult; count: number; score: number }>();
  const all = terms.reduce((sum, t) => sum + weight(t), 0);
  for (const r of strict) byId.set(r.id, { result: r, count: all + 1, score: r.score });
  const perTerm = await Promise.all(terms.map(async (t) => ({ weight: weight(t), results: (await pf.search(t, options))?.results ?? [] })));
  for (const { weight: w, results } of perTerm) {
    for (const r of results) {
      const seen = byId.get(r.id);
      if (seen) {
        seen.count += w;
        seen.score = Math.max(seen.score, r.score);
      } else byId.set(r.id, { result: r, count: w, score: r.score });
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
