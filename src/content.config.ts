import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sharingEntries } from './social-cards';
import { articleSchema, checkerTopicSchema, comparisonPairSchema, comparisonSchema, faqSchema, familySchema, glossarySchema, licenseSchema, modelSchema } from './lib/schemas';

// The collections that have pages with social cards share their entries with the build's card
// workers, which start before any page renders (src/social-cards).
export const collections = {
  articles: defineCollection({ loader: sharingEntries(glob({ pattern: '*.mdx', base: './content/articles' })), schema: articleSchema }),
  glossary: defineCollection({ loader: sharingEntries(glob({ pattern: '*.md', base: './content/glossary' })), schema: glossarySchema }),
  faq: defineCollection({ loader: sharingEntries(glob({ pattern: '*.md', base: './content/faq' })), schema: faqSchema }),
  comparisons: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/comparisons' }), schema: comparisonSchema }),
  families: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/families' }), schema: familySchema }),
  models: defineCollection({ loader: sharingEntries(glob({ pattern: '*.{yaml,yml}', base: './content/models' })), schema: modelSchema }),
  licenses: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/licenses' }), schema: licenseSchema }),
  /** The licence checker's words, one entry per topic. */
  checkerTopics: defineCollection({ loader: file('./content/tools/license-checker.yaml'), schema: checkerTopicSchema }),
  /** The model comparisons that get pages of their own. */
  comparisonPairs: defineCollection({ loader: sharingEntries(file('./content/tools/popular-comparisons.yaml')), schema: comparisonPairSchema }),
};
