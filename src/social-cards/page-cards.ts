import { SITE } from '../lib/site';
import { TOOLS } from '../lib/tools/catalog';
import { urls } from '../lib/urls';

export interface PageCard {
  pathname: string;
  title: string;
  kind: string;
}

/** A content entry as its card needs it: the entry's id and the title its card shows. */
export interface CardEntry {
  id: string;
  title: string;
}

/** Which field of each collection's entries is the title on its card. */
const CARD_TITLE_FIELDS = { articles: 'title', glossary: 'term', faq: 'question' } as const;

export type CardCollection = keyof typeof CARD_TITLE_FIELDS;
export const CARD_COLLECTIONS = Object.keys(CARD_TITLE_FIELDS) as CardCollection[];

/** A collection's entries reduced to the id and title each card shows. */
export function cardEntries(collection: CardCollection, entries: readonly { id: string; data: Record<string, unknown> }[]): CardEntry[] {
  const field = CARD_TITLE_FIELDS[collection];
  return entries.map(({ id, data }) => {
    const title = data[field];
    if (typeof title !== 'string') throw new Error(`${collection}/${id}: its social card shows its "${field}", and it has none.`);
    return { id, title };
  });
}

/** Every page that gets a social preview card: its path, title and kind. */
export function pageCards({ articles, glossary, faq }: Record<CardCollection, readonly CardEntry[]>): PageCard[] {
  return [
    { pathname: urls.home(), title: 'What “open weights” means, in plain words', kind: SITE.name },
    { pathname: urls.articles(), title: 'Articles', kind: 'Index' },
    { pathname: urls.glossary(), title: 'Glossary', kind: 'Index' },
    { pathname: urls.faqList(), title: 'Frequently asked questions', kind: 'FAQ' },
    { pathname: urls.search(), title: 'Search', kind: 'Search' },
    { pathname: '/404/', title: 'Page not found', kind: 'Error' },
    { pathname: '/tools/', title: 'Interactive tools', kind: 'Index' },
    ...TOOLS.map((t) => ({ pathname: `/tools/${t.slug}/`, title: t.title, kind: 'Interactive tool' })),
    ...articles.map((a) => ({ pathname: urls.article(a.id), title: a.title, kind: 'Article' })),
    ...glossary.map((t) => ({ pathname: urls.term(t.id), title: t.title, kind: 'Glossary term' })),
    ...faq.map((f) => ({ pathname: urls.faq(f.id), title: f.title, kind: 'FAQ answer' })),
  ];
}
