import { AstroError } from 'astro/errors';
// Astro's own marker for text that is already HTML (what `set:html` compiles to).
import { markHTMLString } from 'astro/runtime/server/index.js';
import { glossaryTerms } from '@/data/content';
import { escapeHtml } from '@/lib/escape-html';
import { termLinkHtml } from '@/lib/term-link';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Term from './Term.astro';

/**
 * What every article gets without importing it: heading overrides and <Term>, for explicit
 * glossary links. Other components are imported by the articles that show them: a page carries
 * the styles of every component it imports, and this map is imported by every article page.
 */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  Term,
};

/**
 * Props for an article's <Content>: the components above, and `term`, which answers the
 * `{props.term(slug, words)}` calls the glossary linker writes for first mentions. A call builds
 * a string where a <Term> would cost a component render, and articles hold about 25 of them.
 */
export async function articleContentProps() {
  const terms = await glossaryTerms();
  return {
    components: mdxComponents,
    term(slug: string, words: string): unknown {
      const entry = terms.get(slug);
      if (!entry) {
        throw new AstroError(
          `The glossary linker linked "${words}" to a glossary term that does not exist: ${slug}.`,
          'The linker reads the glossary names when Astro starts: restart the dev server after adding or removing a file in content/glossary.',
        );
      }
      return markHTMLString(termLinkHtml(slug, entry.data, escapeHtml(words)));
    },
  };
}
