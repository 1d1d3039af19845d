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
  tools: () => '/tools/',
  tool: (slug: string) => `/tools/${slug}/`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
} as const;
