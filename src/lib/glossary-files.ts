import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { MatchableTerm } from './glossary-matcher';
import type { TermPreview } from './term-markup';

export type GlossaryFile = MatchableTerm & TermPreview;

/**
 * Reads each term's name, aliases and definition straight from content/glossary at config time,
 * before Astro's content layer exists, for the glossary linker. The schema still validates these
 * files during the build.
 */
export function readGlossary(dir: string): GlossaryFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const data = (parse(front) ?? {}) as { term?: unknown; aliases?: unknown; definition?: unknown };
      const names = [data.term, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((n): n is string => typeof n === 'string');
      const asText = (value: unknown) => (typeof value === 'string' ? value : '');
      return { slug: f.slice(0, -3), names, term: asText(data.term), definition: asText(data.definition) };
    });
}
