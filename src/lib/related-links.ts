import { urls } from './urls';

export interface PageLink {
  href: string;
  title: string;
  /** A line under the title: a term's definition, an article's description. */
  detail?: string;
}

export interface RelatedSlugs {
  articles: readonly string[];
  terms: readonly string[];
  faq: readonly string[];
}

export interface LinkSources {
  articles: ReadonlyMap<string, { title: string; description: string }>;
  terms: ReadonlyMap<string, { term: string; definition: string }>;
  faq: ReadonlyMap<string, { question: string }>;
}

export interface RelatedLinks {
  articles: PageLink[];
  terms: PageLink[];
  faq: PageLink[];
}

const defined = <T,>(x: T | undefined): x is T => x !== undefined;

/** Turns slugs into links with titles; unknown slugs are dropped (references are checked elsewhere). */
export function resolveRelated(slugs: RelatedSlugs, from: LinkSources): RelatedLinks {
  return {
    articles: slugs.articles
      .map((s) => {
        const a = from.articles.get(s);
        return a && { href: urls.article(s), title: a.title, detail: a.description };
      })
      .filter(defined),
    terms: slugs.terms
      .map((s) => {
        const t = from.terms.get(s);
        return t && { href: urls.term(s), title: t.term, detail: t.definition };
      })
      .filter(defined),
    faq: slugs.faq
      .map((s) => {
        const f = from.faq.get(s);
        return f && { href: urls.faq(s), title: f.question };
      })
      .filter(defined),
  };
}
