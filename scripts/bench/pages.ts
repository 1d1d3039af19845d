/** The page types the benchmark loads, as in DESIGN.md's budgets. */
export const BENCH_PAGES = [
  { type: 'home', path: '/' },
  { type: 'article', path: '/articles/open-weights-vs-open-source/' },
  { type: 'glossary term', path: '/glossary/quantization/' },
  { type: 'FAQ answer', path: '/faq/is-llama-open-source/' },
  { type: 'search', path: '/search/' },
  { type: 'model', path: '/models/llama-3-1/' },
];

/** The page whose HTML size is compared as generated articles are added. */
export const FIXED_PAGE = '/articles/quantization/';
