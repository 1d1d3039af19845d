import type { HastPluginEntry } from 'satteri';
import { balancedHtml } from './content-html.ts';
import { glossaryLinker, type LinkableModel, type LinkableTerm } from './glossary-linker.ts';
import { headingAnchors } from './heading-anchors.ts';
import { markdownTables } from './tables.ts';

export { lightDarkTheme, untimedTokenizer } from './code-theme.ts';

const isArticle = (path: string) => path.includes('/content/articles/');
const isArticleOrTerm = (path: string) => isArticle(path) || path.includes('/content/glossary/');

/**
 * The compile-step plugins for every Markdown and MDX file, in order: HTML written in Markdown
 * files must be balanced (before any plugin adds HTML of its own), glossary links in articles,
 * accessible Markdown tables everywhere, then heading ids and anchors in articles (Astro's own ids
 * pass, which runs after these, keeps the ids).
 */
export function markdownPlugins(glossaryTerms: readonly LinkableTerm[], models: readonly LinkableModel[] = []): HastPluginEntry[] {
  return [
    balancedHtml,
    // Glossary links in articles; links to the model pages in articles and glossary entries.
    glossaryLinker({ terms: glossaryTerms, include: isArticle, models, includeModels: isArticleOrTerm }),
    markdownTables,
    headingAnchors({ include: isArticle }),
  ];
}
