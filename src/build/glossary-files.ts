import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LinkableTerm } from './markdown/glossary-linker';
import { contentError } from './content-rules';
import { formatLocation, formatProblem, yamlPathLine, type ContentProblem } from '../lib/content-rules';
import { glossaryNameKey } from '../lib/glossary-matcher';
import { frontMatterText } from '../lib/markdown-text';
import { editorMessage } from '../lib/schema-messages';
import { glossarySchema } from '../lib/schemas';

/** The fields of a glossary entry that links in articles carry: its names and its preview. */
const linkFields = glossarySchema.pick({ term: true, aliases: true, definition: true });

/**
 * Reads each term's names, aliases and definition straight from content/glossary at config time,
 * before Astro's content layer exists, through the same schema the content layer applies. Every
 * name links to one term, so a name two entries share stops the build, naming both files.
 */
export function readGlossaryTerms(dir: string): LinkableTerm[] {
  const owners = new Map<string, { file: string; line: number | undefined }>();
  const problems: ContentProblem[] = [];
  const terms = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = `content/glossary/${f}`;
      const yaml = frontMatterText(readFileSync(join(dir, f), 'utf8'));
      const at = (path: PropertyKey[]) => {
        const line = yamlPathLine(yaml, path);
        return line && line + 1;
      };
      const parsed = linkFields.safeParse(parse(yaml) ?? {}, { error: editorMessage });
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => formatProblem({ file, line: at(issue.path), message: `${issue.path.join('.') || 'front matter'}: ${issue.message}` }));
        throw contentError(problems.join('\n'), 'Each field above says what to write; docs/editing.md describes every field.');
      }
      const { term, aliases, definition } = parsed.data;
      for (const name of [term, ...aliases]) {
        const key = glossaryNameKey(name);
        const here = { file, line: at(name === term ? ['term'] : ['aliases']) };
        const owner = owners.get(key);
        if (owner && owner.file !== file) {
          problems.push({ ...here, message: `"${name}" is also a name of ${formatLocation(owner)}: a name links to one term only, so keep it on one of the two entries.` });
        } else owners.set(key, here);
      }
      return { slug: f.slice(0, -3), names: [term, ...aliases], preview: { term, definition } };
    });
  if (problems.length) {
    throw contentError(`Glossary names must be unique:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`, 'Terms and aliases become links to their entry, so each name belongs to one entry.');
  }
  return terms;
}
