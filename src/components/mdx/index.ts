import H2 from './H2.astro';
import H3 from './H3.astro';
import Term from './Term.astro';

/**
 * What every article gets without importing it: heading overrides and <Term>, which the glossary
 * linker writes. Other components are imported by the articles that show them: a page carries the
 * styles of every component it imports, and this map is imported by every article page.
 */
export const mdxComponents = {
  h2: H2,
  h3: H3,
  Term,
};
