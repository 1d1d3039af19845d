import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { escapeHtml } from '../../lib/escape-html';
import { GlossaryMatcher, type MatchableTerm } from '../../lib/glossary-matcher';
import { suggest } from '../../lib/fuzzy';
import { termLinkHtml, type TermPreview } from '../../lib/term-link';

/** A glossary term as the linker needs it: the names it is found by and what its preview shows. */
export interface LinkableTerm extends MatchableTerm {
  preview: TermPreview;
}

/** A model release as the linker needs it: the name it is found by and its page. */
export interface LinkableModel {
  slug: string;
  name: string;
  href: string;
}

export interface LinkerOptions {
  terms: readonly LinkableTerm[];
  /** Only documents whose path matches get glossary links (the articles). */
  include: (path: string) => boolean;
  /** Model releases whose first mention links to their page, in the documents `includeModels` accepts. */
  models?: readonly LinkableModel[];
  includeModels?: (path: string) => boolean;
}

/** Model slugs share the matcher with glossary slugs, under a prefix no glossary slug has. */
const MODEL = 'model:';

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

/** Elements whose text is never linked: headings, code, links and table cells. */
const NO_LINK_IN_ELEMENTS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'th', 'td'];

/**
 * Satteri hast plugin: turns the first mention of each glossary term in an article into a link
 * with its preview (termLinkHtml), written into the page as it is. Explicit `<Term>` elements count
 * as mentions and must name an existing term.
 *
 * The link is a `raw` node, which MDX compiles only with the mdx integration's `optimize` option:
 * it joins each run of plain HTML, links included, into one string the page prints without
 * rendering element by element.
 *
 * Where a mention sits is read from source positions, not by asking for each text's ancestors:
 * the visitors see nodes in document order, elements before their text, so a text node lies in a
 * heading, link, code or inline component exactly when it starts before the end of the last one
 * seen. Text without a position was written by another plugin (highlighted code) and is left alone.
 */
export function glossaryLinker({ terms, include, models = [], includeModels = () => false }: LinkerOptions): HastPluginEntry {
  const matcher = new GlossaryMatcher([...terms, ...models.map((m) => ({ slug: `${MODEL}${m.slug}`, names: [m.name] }))]);
  const previews = new Map(terms.map((t) => [t.slug, t.preview]));
  const modelHrefs = new Map(models.map((m) => [`${MODEL}${m.slug}`, m.href]));
  const known = terms.map((t) => t.slug).sort();
  return (doc) => {
    const file = doc.fileURL ? decodeURIComponent(doc.fileURL.pathname) : '';
    const linkTerms = include(file);
    const linkModels = includeModels(file);
    if (!linkTerms && !linkModels) return null;
    // Where only one kind is linked, the other kind's names still take their words (so a model name
    // is never split by a term inside it), and are then left as text.
    const wanted = (slug: string) => (slug.startsWith(MODEL) ? linkModels : linkTerms);
    const taken = new Set<string>();
    if (linkTerms) {
      for (const { slug, line } of explicitTerms(doc.source)) {
        if (!previews.has(slug)) throw new UnknownTermError(file, line, slug, known);
        taken.add(slug);
      }
    }
    // Every term the article links to, exposed to pages as remarkPluginFrontmatter.glossaryTerms
    // (term pages list the articles that use them). Filled as the visitor runs.
    const linked = [...taken];
    const astro = (doc.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter && linkTerms) astro.frontmatter['glossaryTerms'] = linked;
    /** Source offset where the last element seen that takes no links ends. */
    let noLinksUntil = -1;
    const noLinks = (node: { position?: { end: { offset?: number | undefined } } | undefined }) => {
      noLinksUntil = Math.max(noLinksUntil, node.position?.end.offset ?? -1);
    };
    return defineHastPlugin({
      name: 'glossary-linker',
      options: { position: true },
      element: { filter: NO_LINK_IN_ELEMENTS, visit: noLinks },
      mdxJsxTextElement: { filter: [], visit: noLinks },
      text(node, ctx) {
        const start = node.position?.start.offset;
        if (start === undefined || start < noLinksUntil) return;
        const matches = matcher.find(node.value, taken).filter((m) => wanted(m.slug));
        if (!matches.length) return;
        linked.push(...matches.filter((m) => !m.slug.startsWith(MODEL)).map((m) => m.slug));
        const parts: ({ type: 'text'; value: string } | { type: 'raw'; value: string })[] = [];
        let at = 0;
        for (const m of matches) {
          if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at, m.start) });
          const modelHref = modelHrefs.get(m.slug);
          parts.push({
            type: 'raw',
            value: modelHref ? `<a href="${escapeHtml(modelHref)}" class="model-link">${escapeHtml(m.text)}</a>` : termLinkHtml(m.slug, previews.get(m.slug) as TermPreview, escapeHtml(m.text)),
          });
          at = m.end;
        }
        if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
        ctx.replaceNode(node, parts);
      },
    });
  };
}
