import { SITE } from './site';
import { urls } from './urls';

/**
 * The pages that are not built from a content entry: their path, their title (the tab, the
 * heading and the social card) and the kind of page their social card names.
 */
export const FIXED_PAGES = {
  home: { path: urls.home(), title: SITE.headline, kind: SITE.name },
  articles: { path: urls.articles(), title: 'Articles', kind: 'Index' },
  glossary: { path: urls.glossary(), title: 'Glossary', kind: 'Index' },
  faq: { path: urls.faqList(), title: 'Frequently asked questions', kind: 'FAQ' },
  search: { path: urls.search(), title: 'Search', kind: 'Search' },
  notFound: { path: urls.notFound(), title: 'Page not found', kind: 'Error' },
  tools: { path: urls.tools(), title: 'Tools', kind: 'Index' },
  models: { path: urls.models(), title: 'Models: is it open, can you use it, will it fit?', kind: 'Index' },
  compare: { path: urls.compare(), title: 'Compare models', kind: 'Comparison' },
} as const;
