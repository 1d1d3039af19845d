/**
 * schema.org JSON-LD for each page type. Builders take plain values and absolute URLs, so they
 * are easy to test; `jsonLdScript` makes the text safe to place inside a <script> element.
 */
import { SITE } from './site';
import { urls } from './urls';

type Thing = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

const publisher = (origin: string): Thing => ({ '@type': 'Organization', name: SITE.name, url: `${origin}/` });

export function website(origin: string): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: SITE.name,
    url: `${origin}/`,
    description: SITE.description,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${origin}${urls.search()}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function breadcrumbList(trail: { name: string; url: string }[]): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

export function article(a: { url: string; title: string; description: string; published: Date; updated: Date; image: string; origin: string }): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    image: a.image,
    datePublished: a.published.toISOString(),
    dateModified: a.updated.toISOString(),
    author: publisher(a.origin),
    publisher: publisher(a.origin),
    inLanguage: SITE.lang,
  };
}

export interface QuestionAnswer {
  question: string;
  /** The answer as plain text. */
  answer: string;
  url: string;
}

const question = (qa: QuestionAnswer): Thing => ({
  '@type': 'Question',
  name: qa.question,
  url: qa.url,
  acceptedAnswer: { '@type': 'Answer', text: qa.answer, url: qa.url },
});

export function faqPage(url: string, items: QuestionAnswer[]): Thing {
  return { '@context': CONTEXT, '@type': 'FAQPage', url, mainEntity: items.map(question) };
}

/**
 * The page of one FAQ answer: a WebPage whose main entity is the question. Not a QAPage, which
 * search engines keep for answers that users submit, and not an FAQPage: the FAQ list marks the
 * same questions up, and a question is marked up as an FAQ once per site.
 */
export function answerPage(qa: QuestionAnswer & { updated: Date }): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    name: qa.question,
    url: qa.url,
    dateModified: qa.updated.toISOString(),
    mainEntity: question(qa),
  };
}

export interface TermInfo {
  name: string;
  description: string;
  url: string;
  aliases: string[];
}

export function definedTermSet(url: string, terms: TermInfo[]): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    '@id': url,
    name: `${SITE.name} glossary`,
    url,
    hasDefinedTerm: terms.map((t) => ({ '@type': 'DefinedTerm', name: t.name, description: t.description, url: t.url })),
  };
}

export function definedTerm(t: TermInfo, setUrl: string): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTerm',
    '@id': t.url,
    name: t.name,
    description: t.description,
    url: t.url,
    ...(t.aliases.length ? { alternateName: t.aliases } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': setUrl, name: `${SITE.name} glossary`, url: setUrl },
  };
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so no text can close the element. */
export function jsonLdScript(data: Thing): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function webPage(p: { name: string; url: string; description: string }): Thing {
  return { '@context': CONTEXT, '@type': 'WebPage', name: p.name, url: p.url, description: p.description };
}

/** A model release's page: the page, and the model it is about, with its publisher and licence. */
export function modelPage(m: { url: string; title: string; description: string; name: string; publisher: string; license: string; released: Date; card: string }): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    name: m.title,
    url: m.url,
    description: m.description,
    about: {
      '@type': 'SoftwareApplication',
      name: m.name,
      applicationCategory: 'AI model',
      author: { '@type': 'Organization', name: m.publisher },
      license: m.license,
      datePublished: m.released.toISOString().slice(0, 10),
      sameAs: m.card,
    },
  };
}

/** Breadcrumb trail from the on-page crumbs, with absolute URLs. */
export function breadcrumbsFrom(origin: string, crumbs: { href: string; label: string }[]): Thing {
  return breadcrumbList(crumbs.map((c) => ({ name: c.label, url: new URL(c.href, origin).href })));
}
