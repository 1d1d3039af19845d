import H2 from './H2.astro';
import H3 from './H3.astro';
import Term from './Term.astro';

/**
 * What every article gets without importing it: heading overrides and <Term>, for explicit
 * glossary links (the glossary linker writes the automatic ones into the compiled article). Other
 * components are imported by the articles that show them: a page carries the styles of every
 * component it imports, and this map is imported by every article page.
 */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  Term,
};
