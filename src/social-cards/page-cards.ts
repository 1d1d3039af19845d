import { FIXED_PAGES } from '../lib/fixed-pages';
import { modelTitle } from '../lib/model-titles';
import { PAGE_TYPES } from '../lib/page-types';
import { TOOLS } from '../lib/tools/catalog';
import { urls } from '../lib/urls';

export interface PageCard {
  pathname: string;
  title: string;
  kind: string;
  /** Where the title is written, named when the card cannot be drawn. */
  source?: CardSource;
}

/** The content file and field a card's title comes from. */
export interface CardSource {
  file: string;
  field: string;
}

/** A content entry as its card needs it: the entry's id, the title its card shows and where that is written. */
export interface CardEntry {
  id: string;
  title: string;
  source?: CardSource;
}

/** Which field of each collection's entries is the title on its card. */
const CARD_TITLE_FIELDS = { articles: 'title', glossary: 'term', faq: 'question', models: 'name' } as const;

export type CardCollection = keyof typeof CARD_TITLE_FIELDS;
export const CARD_COLLECTIONS = Object.keys(CARD_TITLE_FIELDS) as CardCollection[];

/** A collection's entries reduced to the id and title each card shows. */
export function cardEntries(collection: CardCollection, entries: readonly { id: string; data: Record<string, unknown>; filePath?: string | undefined }[]): CardEntry[] {
  const field = CARD_TITLE_FIELDS[collection];
  return entries.map(({ id, data, filePath }) => {
    const title = data[field];
    if (typeof title !== 'string') throw new Error(`${collection}/${id}: its social card shows its "${field}", and it has none.`);
    return { id, title, ...(filePath && { source: { file: filePath, field } }) };
  });
}

/** The model comparisons that have pages of their own, as their two release slugs. */
export function pairEntries(entries: readonly { id: string; data: Record<string, unknown> }[]): [string, string][] {
  return entries.map(({ id, data }) => {
    const models = data['models'];
    if (!Array.isArray(models) || models.length !== 2) throw new Error(`comparisonPairs/${id}: its social card needs the two models it compares.`);
    return [String(models[0]), String(models[1])];
  });
}

const sourceOf = (entry: CardEntry) => (entry.source ? { source: entry.source } : {});

/** Every page that gets a social preview card: its path, title and kind. */
export function pageCards({ articles, glossary, faq, models }: Record<CardCollection, readonly CardEntry[]>, pairs: readonly [string, string][] = []): PageCard[] {
  const modelName = new Map(models.map((m) => [m.id, m.title]));
  return [
    ...Object.values(FIXED_PAGES).map(({ path, title, kind }) => ({ pathname: path, title, kind })),
    ...TOOLS.map((t) => ({ pathname: urls.tool(t.slug), title: t.title, kind: PAGE_TYPES.Tool.label })),
    ...articles.map((a) => ({ pathname: urls.article(a.id), title: a.title, kind: PAGE_TYPES.Article.label, ...sourceOf(a) })),
    ...glossary.map((t) => ({ pathname: urls.term(t.id), title: t.title, kind: PAGE_TYPES.Glossary.label, ...sourceOf(t) })),
    ...faq.map((f) => ({ pathname: urls.faq(f.id), title: f.title, kind: PAGE_TYPES.FAQ.label, ...sourceOf(f) })),
    ...models.map((m) => ({ pathname: urls.model(m.id), title: modelTitle(m.title), kind: PAGE_TYPES.Model.label, ...sourceOf(m) })),
    ...pairs.map(([a, b]) => ({ pathname: urls.comparePair(a, b), title: `${modelName.get(a) ?? a} vs ${modelName.get(b) ?? b}`, kind: 'Comparison' })),
  ];
}
