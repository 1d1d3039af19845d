import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { sharingEntries } from './social-cards';
import { YAML_FILES as YAML, checkedContent } from './build/content-rules';
import { articleProblems, faqProblems, glossaryProblems, type BodyEntry, type ContentProblem } from './lib/content-rules';
import { articleSchema, checkerTopicSchema, comparisonPairSchema, comparisonSchema, faqSchema, familySchema, glossarySchema, licenseSchema, modelSchema } from './lib/schemas';

/** content/<name>/: one entry per file, its name the slug, checked by the content rules (src/build/content-rules.ts). */
function folder<S extends z.ZodType>(name: string, extensions: string[], schema: S, rules?: (entries: BodyEntry<z.output<S>>[]) => ContentProblem[]) {
  const pattern = extensions.length > 1 ? `*.{${extensions.map((e) => e.slice(1)).join(',')}}` : `*${extensions[0]}`;
  return checkedContent(glob({ pattern, base: `./content/${name}` }), { folder: { path: `content/${name}`, extensions }, schema, ...(rules && { rules }) });
}

/** One file of entries keyed by id. */
const entriesIn = (path: string, schema: z.ZodType) => checkedContent(file(path), { schema });

// The collections that have pages with social cards share their entries with the build's card
// workers, which start before any page renders (src/social-cards).
export const collections = {
  articles: defineCollection({ loader: sharingEntries(folder('articles', ['.mdx'], articleSchema, articleProblems)), schema: articleSchema }),
  glossary: defineCollection({ loader: sharingEntries(folder('glossary', ['.md'], glossarySchema, glossaryProblems)), schema: glossarySchema }),
  faq: defineCollection({ loader: sharingEntries(folder('faq', ['.md'], faqSchema, faqProblems)), schema: faqSchema }),
  comparisons: defineCollection({ loader: folder('comparisons', YAML, comparisonSchema), schema: comparisonSchema }),
  families: defineCollection({ loader: folder('families', YAML, familySchema), schema: familySchema }),
  models: defineCollection({ loader: sharingEntries(folder('models', YAML, modelSchema)), schema: modelSchema }),
  licenses: defineCollection({ loader: folder('licenses', YAML, licenseSchema), schema: licenseSchema }),
  /** The licence checker's words, one entry per topic. */
  checkerTopics: defineCollection({ loader: entriesIn('./content/tools/license-checker.yaml', checkerTopicSchema), schema: checkerTopicSchema }),
  /** The model comparisons that get pages of their own. */
  comparisonPairs: defineCollection({ loader: sharingEntries(entriesIn('./content/tools/popular-comparisons.yaml', comparisonPairSchema)), schema: comparisonPairSchema }),
};
