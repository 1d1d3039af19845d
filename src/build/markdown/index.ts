import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';
import { glossaryLinker, type LinkableTerm } from './glossary-linker.ts';
import { headingAnchors } from './heading-anchors.ts';
import { markdownTables } from './tables.ts';

export { lightDarkTheme } from './code-theme.ts';

const isArticle = (path: string) => path.includes('/content/articles/');

/**
 * The compile-step plugins for every Markdown and MDX file, in order: heading ids first (the
 * anchors need them; Astro's own ids pass, which runs last, keeps them), then glossary links and
 * heading anchors in articles, and accessible Markdown tables everywhere.
 */
export function markdownPlugins(glossaryTerms: readonly LinkableTerm[]): HastPluginEntry[] {
  return [
    satteriHeadingIdsPlugin(),
    glossaryLinker({ terms: glossaryTerms, include: isArticle }),
    markdownTables,
    headingAnchors({ include: isArticle }),
  ];
}
