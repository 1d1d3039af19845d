import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';

/** The real content folder, for tests that read data files as the build reads them. */
export const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** Every YAML file of a content folder, parsed with its schema, as { id, data } like a collection entry. */
export function loadCollection<S extends z.ZodType>(folder: string, schema: S): { id: string; data: z.output<S> }[] {
  return readdirSync(`${CONTENT}${folder}`)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), data: schema.parse(parse(readFileSync(`${CONTENT}${folder}/${f}`, 'utf8'))) }));
}
