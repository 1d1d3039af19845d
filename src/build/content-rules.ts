import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileNameProblems, formatProblem, lineAt, yamlDateProblems, yamlPathLine, type BodyEntry, type ContentProblem } from '../lib/content-rules';
import { frontMatterText } from '../lib/markdown-text';
import { editorMessage } from '../lib/schema-messages';
import { isMarkdownProblems } from './markdown/content-html.ts';

export interface ContentRules<D> {
  /** The folder a glob loader reads, from the project root ("content/faq"), and the extensions it reads there. */
  folder?: { path: string; extensions: readonly string[] };
  /** The collection's schema: when an entry fails it, its problems are reported with their lines. */
  schema: z.ZodType;
  /** Rules over all of the collection's entries, run once every file has loaded. */
  rules?: (entries: BodyEntry<D>[]) => ContentProblem[];
}

/** The extensions of YAML data files. */
export const YAML_FILES = ['.yaml', '.yml'];

/** How Astro's glob loader reads and renders a kind of file (its content and data entry types). */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ body?: string }> | { body?: string };
  getRenderFunction?(config: unknown): Promise<(entry: { id: string; body?: string; filePath?: string }) => Promise<unknown>>;
}

/**
 * Wraps a collection's loader so that `npm run build` stops on every content rule, with the file,
 * the line where there is one, the field and the fix, all problems of a collection at once:
 *
 * - file names that are not slugs, or that two files share (Astro keeps one and only warns);
 * - dates as written in the YAML, which Astro's parser turns into dates before the schema sees
 *   them (2026-02-30 became March 2), and dates in the future;
 * - the schema's own problems, with editor-facing messages and lines (Astro prints "title**:
 *   **title: Required" at line 0);
 * - Markdown files that do not render (Astro logs those and carries on);
 * - `rules`, over the whole collection.
 *
 * Dates are read as the loader hands each file's text to Astro's parser (its `entryTypes`), so no
 * file is read twice; that runs on every build, cached entries included.
 */
export function checkedContent<D>(loader: Loader, { folder, schema, rules }: ContentRules<D>): Loader {
  return {
    ...loader,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const fromRoot = (path: string) => relative(root, path).split('\\').join('/');
      const today = new Date();
      const problems: ContentProblem[] = [];
      if (folder) problems.push(...fileNameProblems(folder.path, readdirSync(join(root, folder.path)), folder.extensions));
      const unrendered = new Set<string>();
      const checkedTypes = (types: Map<string, EntryType>) =>
        new Map(
          [...types].map(([extension, type]) => [
            extension,
            {
              ...type,
              getEntryInfo(params: { contents: string; fileUrl: URL }) {
                const file = fromRoot(fileURLToPath(params.fileUrl));
                // A data file is all YAML; a Markdown file's YAML is its front matter, from its second line.
                if (YAML_FILES.includes(extension)) problems.push(...yamlDateProblems(file, params.contents, today));
                else problems.push(...yamlDateProblems(file, frontMatterText(params.contents), today, 2));
                return type.getEntryInfo(params);
              },
              ...(type.getRenderFunction && {
                async getRenderFunction(config: unknown) {
                  const render = await type.getRenderFunction?.(config);
                  return async (entry: { id: string; body?: string; filePath?: string }) => {
                    try {
                      return await render?.(entry);
                    } catch (error) {
                      unrendered.add(entry.id);
                      problems.push(...renderProblems(error, entry, fromRoot));
                      throw error;
                    }
                  };
                },
              }),
            },
          ]),
        );
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (folder && !entryTypes) {
        throw new Error(`Content rules: Astro's loader context has no entryTypes, through which ${folder.path}'s dates are read as written. Update src/build/content-rules.ts for this Astro version.`);
      }
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          // Entries of a single file are keyed by their id in it; a folder's files are each one entry.
          throw schemaError(error, schema, props, folder ? [] : [props.id], fromRoot, problems);
        }
      };
      await loader.load({ ...context, parseData, ...(entryTypes && { entryTypes: checkedTypes(entryTypes) }) } as LoaderContext);
      // A file that did not render is not kept, so the next build renders it again and finds the same problem.
      for (const id of unrendered) context.store.delete(id);
      if (rules) {
        const entries = context.store.values().flatMap(({ data, body, filePath }) =>
          filePath ? [{ file: filePath, data: data as D, body: body ?? '', source: () => readFileSync(join(root, filePath), 'utf8') }] : [],
        );
        problems.push(...rules(entries));
      }
      if (problems.length) {
        throw contentError(
          `${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${context.collection}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
          'Each line names the file and line, the field, and what to write instead (docs/editing.md lists the rules).',
        );
      }
    },
  };
}

/** Why a Markdown file did not render, at its lines in the file (the renderer counts from the body). */
function renderProblems(error: unknown, entry: { body?: string; filePath?: string }, fromRoot: (path: string) => string): ContentProblem[] {
  const file = entry.filePath ? fromRoot(entry.filePath) : '(unknown file)';
  if (!isMarkdownProblems(error) || !entry.filePath) return [{ file, message: `could not be rendered: ${error instanceof Error ? error.message : String(error)}` }];
  const source = readFileSync(entry.filePath, 'utf8');
  const bodyLine = lineAt(source, Math.max(0, source.indexOf((entry.body ?? '').slice(0, 80)))) - 1;
  return error.problems.map((p) => ({ file, line: p.line + bodyLine, message: p.message }));
}

/** A schema failure as editors read it: every problem of the entry, each with its field and line. */
function schemaError(error: unknown, schema: z.ZodType, props: { data: unknown; filePath?: string }, under: PropertyKey[], fromRoot: (path: string) => string, found: readonly ContentProblem[]): unknown {
  const result = schema.safeParse(props.data, { error: editorMessage });
  if (result.success || !props.filePath) return error;
  const file = fromRoot(props.filePath);
  // A date found wrong as written explains what the schema saw (2026-02-30 read as March 2).
  const written = found.filter((p) => p.file === file).map(formatProblem);
  const source = readFileSync(props.filePath, 'utf8');
  const frontMatter = frontMatterText(source);
  const [yaml, offset] = frontMatter ? [frontMatter, 1] : [source, 0];
  const problems = result.error.issues.map((issue) => {
    const line = yamlPathLine(yaml, [...under, ...issue.path]);
    return formatProblem({ file, line: line && line + offset, message: `${issue.path.join('.') || (frontMatter ? 'front matter' : 'the file')}: ${issue.message}` });
  });
  return contentError(`${file} does not match its schema (src/lib/schemas.ts):\n${[...written, ...problems].map((p) => `  ${p}`).join('\n')}`, 'Each field above says what to write; docs/editing.md describes every field.');
}

/**
 * A problem in content, not in code. Without a stack, Astro prints the message and the hint alone,
 * not a location and a stack trace in this checker.
 */
export function contentError(message: string, hint: string): Error {
  const error = new AstroError(message, hint);
  error.name = 'ContentError';
  error.stack = '';
  return error;
}
