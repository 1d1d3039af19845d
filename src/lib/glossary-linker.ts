import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { GlossaryMatcher, type MatchableTerm } from './glossary-matcher';
import { suggest } from './fuzzy';

/** Where automatic links must not go: headings, code, existing links and inline components. */
const NO_LINK_INSIDE = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxTextElement', 'tableCell']);

export interface LinkerOptions {
  terms: readonly MatchableTerm[];
  /** Only documents whose path matches are linked (the articles). */
  include: (path: string) => boolean;
}

export class UnknownTermError extends Error {
  constructor(file: string, line: number, slug: string, known: readonly string[]) {
    const hint = suggest(slug, known, (k) => [k], 3);
    super(
      `${file}:${line}: <Term slug="${slug}"> names a glossary term that does not exist. ` +
        (hint.length ? `Did you mean ${hint.map((h) => `"${h}"`).join(', ')}? ` : '') +
        `Add content/glossary/${slug}.md or use an existing slug.`,
    );
    this.name = 'UnknownTermError';
  }
}

/** Slugs of explicit `<Term slug="...">` elements, with the line each is on. */
export function explicitTerms(source: string): { slug: string; line: number }[] {
  const found: { slug: string; line: number }[] = [];
  for (const m of source.matchAll(/<Term\s+slug=["']([^"']*)["']/g)) {
    found.push({ slug: m[1] ?? '', line: source.slice(0, m.index).split('\n').length });
  }
  return found;
}

/**
 * Satteri mdast plugin: turns the first mention of each glossary term in an article into
 * `{props.term(slug, words)}`, which the article page answers with the link and its preview (see
 * articleContentProps). Explicit `<Term>` elements count as mentions and must name an existing term.
 */
export function glossaryLinker({ terms, include }: LinkerOptions): MdastPluginEntry {
  const matcher = new GlossaryMatcher(terms);
  const known = [...matcher.slugs].sort();
  return (doc) => {
    const file = doc.fileURL ? decodeURIComponent(doc.fileURL.pathname) : '';
    if (!include(file)) return null;
    const taken = new Set<string>();
    for (const { slug, line } of explicitTerms(doc.source)) {
      if (!matcher.slugs.has(slug)) throw new UnknownTermError(file, line, slug, known);
      taken.add(slug);
    }
    // Every term the article links to, exposed to pages as remarkPluginFrontmatter.glossaryTerms
    // (term pages list the articles that use them). Filled as the visitor runs.
    const linked = [...taken];
    const astro = (doc.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter) astro.frontmatter['glossaryTerms'] = linked;
    return defineMdastPlugin({
      name: 'glossary-linker',
      text(node, ctx) {
        const matches = matcher.find(node.value, taken);
        if (!matches.length) return;
        // Only now look up the ancestors: each lookup costs a node copy, and most text has no match.
        for (let ancestor = ctx.parent(node); ancestor && ancestor.type !== 'root'; ancestor = ctx.parent(ancestor) as typeof ancestor) {
          if (NO_LINK_INSIDE.has(ancestor.type)) {
            for (const m of matches) taken.delete(m.slug);
            return;
          }
        }
        linked.push(...matches.map((m) => m.slug));
        const parts: ({ type: 'text'; value: string } | { type: 'mdxTextExpression'; value: string })[] = [];
        let at = 0;
        for (const m of matches) {
          if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at, m.start) });
          parts.push({ type: 'mdxTextExpression', value: `props.term(${JSON.stringify(m.slug)}, ${JSON.stringify(m.text)})` });
          at = m.end;
        }
        if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
        ctx.replaceNode(node, parts);
      },
    });
  };
}
