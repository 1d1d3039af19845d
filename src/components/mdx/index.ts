import Term from './Term.astro';

/**
 * What every article gets without importing it: <Term>, for explicit glossary links (the glossary
 * linker writes the automatic ones, and the heading-anchor plugin the heading links, into the
 * compiled article). Other components are imported by the articles that show them: a page carries
 * the styles of every component it imports, and this map is imported by every article page.
 */
export const mdxComponents = {
  Term,
};
