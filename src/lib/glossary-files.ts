import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { MatchableTerm } from './glossary-matcher';

/**
 * Reads term names and aliases straight from content/glossary at config time, before Astro's
 * content layer exists. The schema still validates these files during the build.
 */
export function readGlossaryNames(dir: string): MatchableTerm[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const data = (parse(front) ?? {}) as { term?: unknown; aliases?: unknown };
      const names = [data.term, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((n): n is string => typeof n === 'string');
      return { slug: f.slice(0, -3), names };
    });
}
