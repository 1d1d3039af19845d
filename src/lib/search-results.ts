/**
 * Turns Pagefind's raw results into what the search UI shows: typed, titled results whose
 * excerpts are plain text segments (never HTML), with the glossary term that exactly matches the
 * query pinned first.
 */

import { fold } from './fold';
import { isPageType, type PageType } from './page-types';
import { withoutSiteName } from './site';
import { urls } from './urls';

/** The subset of Pagefind's result data the UI reads. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface Segment {
  text: string;
  /** A word that matched the query. */
  mark: boolean;
}

export interface DisplayResult {
  type: PageType;
  title: string;
  url: string;
  excerpt: Segment[];
  sections: { title: string; url: string; excerpt: Segment[] }[];
}

/** A name the site has a page for, as listed in /search/terms.json: a glossary term or a model release. */
export interface SearchTerm {
  type: Extract<PageType, 'Glossary' | 'Model'>;
  slug: string;
  term: string;
  aliases: string[];
}

/**
 * /search/terms.json as sent: glossary terms as [slug, term, ...aliases] and model releases as
 * [slug, name]. Rows instead of objects with field names make it a fifth smaller, and it is part of
 * every first search.
 */
export interface NamesWire {
  glossary: string[][];
  models: string[][];
}

export function toWire(names: readonly SearchTerm[]): NamesWire {
  const rows = (type: SearchTerm['type']) => names.filter((n) => n.type === type).map((n) => [n.slug, n.term, ...n.aliases]);
  return { glossary: rows('Glossary'), models: rows('Model') };
}

export function fromWire(wire: NamesWire): SearchTerm[] {
  const names = (type: SearchTerm['type'], rows: string[][]) => rows.map(([slug = '', term = '', ...aliases]): SearchTerm => ({ type, slug, term, aliases }));
  return [...names('Glossary', wire.glossary), ...names('Model', wire.models)];
}

/** The page a listed name has. */
export const nameUrl = (t: SearchTerm) => (t.type === 'Model' ? urls.model(t.slug) : urls.term(t.slug));

/** The longest query searched: every search box says so with maxlength, and a longer one (a pasted address) is cut. */
export const MAX_QUERY_LENGTH = 200;

/** Trims, folds whitespace and caps the length so a 5,000-character paste stays cheap. */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ENTITIES[e] ?? _);

/** Splits Pagefind's excerpt ("text <mark>word</mark> text") into segments; any other markup stays text. */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (const m of excerpt.matchAll(re)) {
    if (m.index > at) segments.push({ text: decode(excerpt.slice(at, m.index)), mark: false });
    segments.push({ text: decode(m[1] ?? ''), mark: true });
    at = m.index + m[0].length;
  }
  if (at < excerpt.length) segments.push({ text: decode(excerpt.slice(at)), mark: false });
  return segments.filter((s) => s.text.length > 0);
}

function resultType(meta: PagefindData['meta']): PageType {
  const type = meta['type'];
  return isPageType(type) ? type : 'Article';
}

/** One display result; sections are the matching headings inside the page, at most `maxSections`. */
export function toDisplay(data: PagefindData, maxSections = 3): DisplayResult {
  const pageUrl = data.url.split('#')[0] ?? data.url;
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.url !== data.url)
    .slice(0, maxSections)
    .map((s) => ({ title: s.title, url: s.url, excerpt: excerptSegments(s.excerpt) }));
  return {
    type: resultType(data.meta),
    title: withoutSiteName(data.meta['title'] ?? pageUrl),
    url: data.url,
    excerpt: excerptSegments(data.excerpt),
    sections,
  };
}

/** The term or release whose name or alias is exactly the query (ignoring case, hyphens and accents). */
export function exactTerm(query: string, terms: readonly SearchTerm[]): SearchTerm | undefined {
  const q = fold(query);
  if (!q) return undefined;
  return terms.find((t) => [t.term, ...t.aliases].some((name) => fold(name) === q));
}

const samePage = (a: string, b: string) => (a.split(/[?#]/)[0] ?? a) === (b.split(/[?#]/)[0] ?? b);

/**
 * Puts the exactly matching term or release page first. When Pagefind did not find it at all (an
 * alias that appears nowhere in the text), a result for it is added so the page still leads.
 */
export function pinExactTerm(results: DisplayResult[], query: string, terms: readonly SearchTerm[]): DisplayResult[] {
  const term = exactTerm(query, terms);
  if (!term) return results;
  const i = results.findIndex((r) => r.type === term.type && samePage(r.url, nameUrl(term)));
  if (i === 0) return results;
  if (i > 0) return [results[i] as DisplayResult, ...results.slice(0, i), ...results.slice(i + 1)];
  return [{ type: term.type, title: term.term, url: nameUrl(term), excerpt: [], sections: [] }, ...results];
}
