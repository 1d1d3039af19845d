import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { LinkableModel } from './markdown/glossary-linker';
import { modelSchema } from '../lib/schemas';
import { editorMessage } from '../lib/schema-messages';
import { contentError } from './content-rules';
import { urls } from '../lib/urls';

// The name field alone; the rest of the file is checked when the content layer loads it.
const nameField = z.object({ name: modelSchema.shape.name });

/**
 * Each model release's name and page, read from content/models at config time (before Astro's
 * content layer exists) through the same schema field, so articles and glossary entries can link
 * the releases they mention.
 */
export function readModelNames(dir: string): LinkableModel[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.ya?ml$/, '');
      const parsed = nameField.safeParse(parse(readFileSync(join(dir, f), 'utf8')) ?? {}, { error: editorMessage });
      if (!parsed.success) throw contentError(`content/models/${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 'Every model release needs its name: the articles link its first mention to its page.');
      return { slug, name: parsed.data.name, href: urls.model(slug) };
    });
}
