/** The FAQ list page (/faq/): questions grouped under their categories, in the categories' order. */
import { FAQ_CATEGORIES, FAQ_CATEGORY_LABELS } from './schemas';

export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

export interface FaqGroup<T> {
  /** The section's id on /faq/, for the topic links; stable, as links in the wild may use it. */
  id: string;
  label: string;
  items: T[];
}

/** One section per category that has questions, in FAQ_CATEGORIES order; items keep their order. */
export function groupByCategory<T extends { category: FaqCategory }>(items: readonly T[]): FaqGroup<T>[] {
  return FAQ_CATEGORIES.map((category) => ({
    id: `category-${category}`,
    label: FAQ_CATEGORY_LABELS[category],
    items: items.filter((item) => item.category === category),
  })).filter((group) => group.items.length > 0);
}
