/**
 * The kinds of page that search tells apart, in one place: the type each page declares to
 * Pagefind, the label its search result and social card show, and the name of its search filter.
 */
export const PAGE_TYPES = {
  Article: { label: 'Article', filter: 'Articles' },
  Glossary: { label: 'Glossary term', filter: 'Glossary' },
  FAQ: { label: 'FAQ answer', filter: 'FAQ' },
  Model: { label: 'Model', filter: 'Models' },
  Tool: { label: 'Interactive tool', filter: 'Tools' },
} as const;

export type PageType = keyof typeof PAGE_TYPES;

export const PAGE_TYPE_NAMES = Object.keys(PAGE_TYPES) as PageType[];

export const isPageType = (value: string | null | undefined): value is PageType => PAGE_TYPE_NAMES.includes(value as PageType);

/** The attributes that give a page's indexed body its type, as a filter and as result metadata. */
export function pagefindType(type: PageType): { 'data-pagefind-filter': string; 'data-pagefind-meta': string } {
  return { 'data-pagefind-filter': `type:${type}`, 'data-pagefind-meta': `type:${type}` };
}
