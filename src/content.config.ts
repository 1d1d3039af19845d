import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sharingEntries } from './social-cards';
import { articleSchema, comparisonSchema, faqSchema, glossarySchema, modelSchema } from './lib/schemas';

// The collections that have pages with social cards share their entries with the build's card
// workers, which start before any page renders (src/social-cards).
export const collections = {
  articles: defineCollection({ loader: sharingEntries(glob({ pattern: '*.mdx', base: './content/articles' })), schema: articleSchema }),
  glossary: defineCollection({ loader: sharingEntries(glob({ pattern: '*.md', base: './content/glossary' })), schema: glossarySchema }),
  faq: defineCollection({ loader: sharingEntries(glob({ pattern: '*.md', base: './content/faq' })), schema: faqSchema }),
  comparisons: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/comparisons' }), schema: comparisonSchema }),
  models: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/models' }), schema: modelSchema }),
};
