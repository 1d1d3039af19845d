import { getCollection, type CollectionEntry } from 'astro:content';
import { assertReferences, type CollectionName, type Reference } from '@/lib/references';
import { shortAnswerText } from '@/lib/markdown-text';
import { resolveRelated, type LinkSources, type RelatedLinks, type RelatedSlugs } from '@/lib/related-links';
import { FAQ_CATEGORIES } from '@/lib/schemas';
import { readingMinutes } from '@/lib/reading-time';

export type Article = CollectionEntry<'articles'>;
export type Term = CollectionEntry<'glossary'>;
export type Faq = CollectionEntry<'faq'>;
export type Comparison = CollectionEntry<'comparisons'>;
export type ModelFamily = CollectionEntry<'families'>;
export type Model = CollectionEntry<'models'>;
export type License = CollectionEntry<'licenses'>;

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

let loaded: Promise<SiteContent> | undefined;

export interface SiteContent {
  articles: Article[];
  terms: Term[];
  faqs: Faq[];
  comparisons: Comparison[];
  families: ModelFamily[];
  models: Model[];
  licenses: License[];
}

/** Every collection, sorted for display, with cross-references checked once per build. */
export function getSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [articles, terms, faqs, comparisons, families, models, licenses] = await Promise.all([
    getCollection('articles'),
    getCollection('glossary'),
    getCollection('faq'),
    getCollection('comparisons'),
    getCollection('families'),
    getCollection('models'),
    getCollection('licenses'),
  ]);
  articles.sort((a, b) => a.data.order - b.data.order || byName(a.data.title, b.data.title));
  terms.sort((a, b) => byName(a.data.term, b.data.term));
  faqs.sort(
    (a, b) =>
      FAQ_CATEGORIES.indexOf(a.data.category) - FAQ_CATEGORIES.indexOf(b.data.category) || a.data.order - b.data.order,
  );
  families.sort((a, b) => a.data.order - b.data.order);
  models.sort((a, b) => byName(a.data.name, b.data.name));
  licenses.sort((a, b) => byName(a.data.name, b.data.name));
  const content = { articles, terms, faqs, comparisons, families, models, licenses };
  checkReferences(content);
  return content;
}

function checkReferences({ articles, terms, faqs, comparisons, families, models, licenses }: SiteContent): void {
  const refs: Reference[] = [];
  const add = (file: string | undefined, field: string, collection: CollectionName, slugs: readonly string[]) => {
    for (const slug of slugs) refs.push({ file: file ?? '(unknown file)', field, collection, slug });
  };
  for (const a of articles) {
    add(a.filePath, 'next.articles', 'articles', a.data.next.articles);
    add(a.filePath, 'next.terms', 'glossary', a.data.next.terms);
    add(a.filePath, 'next.faq', 'faq', a.data.next.faq);
  }
  for (const t of terms) add(t.filePath, 'related', 'glossary', t.data.related);
  for (const f of faqs) {
    add(f.filePath, 'related.articles', 'articles', f.data.related.articles);
    add(f.filePath, 'related.terms', 'glossary', f.data.related.terms);
    add(f.filePath, 'related.faq', 'faq', f.data.related.faq);
  }
  for (const c of comparisons) {
    c.data.columns.forEach((col, i) => col.term && add(c.filePath, `columns[${i}].term`, 'glossary', [col.term]));
    c.data.rows.forEach((row, i) => row.term && add(c.filePath, `rows[${i}] ("${row.label}").term`, 'glossary', [row.term]));
  }
  for (const m of models) {
    add(m.filePath, 'family', 'families', [m.data.family]);
    add(m.filePath, 'license', 'licenses', [m.data.license]);
  }
  const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
  assertReferences(refs, {
    articles: ids(articles),
    glossary: ids(terms),
    faq: ids(faqs),
    comparisons: ids(comparisons),
    families: ids(families),
    models: ids(models),
    licenses: ids(licenses),
  });
}

/** The questions the home page lists as asked most often, in their `featured` order. */
export function featuredFaqs(faqs: readonly Faq[]): Faq[] {
  return faqs.filter((f) => f.data.featured !== undefined).sort((a, b) => (a.data.featured ?? 0) - (b.data.featured ?? 0));
}

/** The short answer: the first paragraph of a FAQ body, as plain text. */
export function shortAnswer(faq: Faq): string {
  return shortAnswerText(faq.body ?? '');
}

let linkSources: LinkSources | undefined;

/** Titles for related-page slugs, looked up from the collections. */
export async function relatedLinks(slugs: RelatedSlugs): Promise<RelatedLinks> {
  if (!linkSources) {
    const { articles, terms, faqs } = await getSiteContent();
    linkSources = {
      articles: new Map(articles.map((a) => [a.id, a.data])),
      terms: new Map(terms.map((t) => [t.id, t.data])),
      faq: new Map(faqs.map((f) => [f.id, f.data])),
    };
  }
  return resolveRelated(slugs, linkSources);
}

let termsBySlug: Promise<Map<string, Term>> | undefined;

/** Glossary entries by slug, one map per build: every explicit <Term> in an article looks one up. */
function glossaryTerms(): Promise<Map<string, Term>> {
  termsBySlug ??= getSiteContent().then(({ terms }) => new Map(terms.map((t) => [t.id, t])));
  return termsBySlug;
}

/** A glossary entry by slug. */
export async function glossaryTerm(slug: string): Promise<Term | undefined> {
  return (await glossaryTerms()).get(slug);
}

const minutesById = new Map<string, number>();

/** An article's reading time, counted once per build (its page and the article list both show it). */
export function articleMinutes(article: Article): number {
  let minutes = minutesById.get(article.id);
  if (minutes === undefined) minutesById.set(article.id, (minutes = readingMinutes(article.body ?? '')));
  return minutes;
}
