import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'astro/zod';

/** The real content folder, for tests that read data files as the build reads them. */
export const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** Every YAML file of a content folder as written, unchecked: { id, file, data }. */
export function loadYaml(folder: string): { id: string; file: string; data: unknown }[] {
  return readdirSync(`${CONTENT}${folder}`)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.ya?ml$/, ''), file: `content/${folder}/${f}`, data: parse(readFileSync(`${CONTENT}${folder}/${f}`, 'utf8')) as unknown }));
}

/** Every YAML file of a content folder, parsed with its schema, as { id, data } like a collection entry. */
export function loadCollection<S extends z.ZodType>(folder: string, schema: S): { id: string; data: z.output<S> }[] {
  return loadYaml(folder).map(({ id, data }) => ({ id, data: schema.parse(data) }));
}
