/** One representative URL per page type; browser and accessibility tests visit each. */
export const PAGE_TYPES = {
  home: '/',
  articles: '/articles/',
  article: '/articles/open-weights-vs-open-source/',
  'article with crosswalk': '/articles/open-source-ai-definition/',
  'article with diagram': '/articles/anatomy-of-a-model/',
  'article with worked tables': '/articles/quantization/',
  glossary: '/glossary/',
  term: '/glossary/quantization/',
  faq: '/faq/',
  'faq answer': '/faq/is-llama-open-source/',
  search: '/search/',
  tools: '/tools/',
  'memory calculator': '/tools/memory-calculator/',
  'license checker': '/tools/license-checker/',
  'openness explorer': '/tools/openness-explorer/',
  'not found': '/no-such-page/',
} as const;
