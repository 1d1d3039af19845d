import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, comparisonSchema, faqSchema, glossarySchema, modelSchema } from './lib/schemas';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }), schema: articleSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '*.md', base: './content/glossary' }), schema: glossarySchema }),
  faq: defineCollection({ loader: glob({ pattern: '*.md', base: './content/faq' }), schema: faqSchema }),
  comparisons: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/comparisons' }), schema: comparisonSchema }),
  models: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/models' }), schema: modelSchema }),
};
