/** The site's stable URL scheme, in one place. */
export const urls = {
  home: () => '/',
  articles: () => '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  glossary: () => '/glossary/',
  term: (slug: string) => `/glossary/${slug}/`,
  faqList: () => '/faq/',
  faqAnchor: (slug: string) => `/faq/#${slug}`,
  faq: (slug: string) => `/faq/${slug}/`,
  models: () => '/models/',
  model: (slug: string) => `/models/${slug}/`,
  /** The comparison of two to four releases: prebuilt pages for popular pairs, any choice with ?m=. */
  compare: (slugs?: readonly string[]) => (slugs?.length ? `/models/compare/?m=${slugs.join(',')}` : '/models/compare/'),
  comparePair: (a: string, b: string) => `/models/compare/${a}-vs-${b}/`,
  tools: () => '/tools/',
  tool: (slug: string) => `/tools/${slug}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  notFound: () => '/404/',
} as const;

/**
 * A page's social preview image: /og/<page path>.png, "home" for the home page. Apart from `urls`,
 * which the search dialog bundles whole, because only the build needs it.
 */
export const cardPath = (pathname: string) => `/og/${pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '') || 'home'}.png`;
