import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LinkableTerm } from './markdown/glossary-linker';
import { frontMatterText } from '../lib/markdown-text';
import { glossarySchema } from '../lib/schemas';

/** The fields of a glossary entry that links in articles carry: its names and its preview. */
const linkFields = glossarySchema.pick({ term: true, aliases: true, definition: true });

/**
 * Reads each term's names, aliases and definition straight from content/glossary at config time,
 * before Astro's content layer exists, through the same schema the content layer applies.
 */
export function readGlossaryTerms(dir: string): LinkableTerm[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const parsed = linkFields.safeParse(parse(frontMatterText(readFileSync(join(dir, f), 'utf8'))) ?? {});
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
        throw new Error(`content/glossary/${f}: ${problems.join('; ')}`);
      }
      const { term, aliases, definition } = parsed.data;
      return { slug: f.slice(0, -3), names: [term, ...aliases], preview: { term, definition } };
    });
}
