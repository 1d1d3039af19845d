import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { loadModelPages, type ModelPage } from './models';

/** The popular comparisons (content/tools/popular-comparisons.yaml), with both releases' page data. */
export async function loadComparisonPairs(): Promise<{ id: string; a: ModelPage; b: ModelPage }[]> {
  const [entries, pages] = await Promise.all([getCollection('comparisonPairs'), loadModelPages()]);
  const byId = new Map(pages.map((p) => [p.model.id, p]));
  return entries.map((e) => {
    const [a, b] = e.data.models.map((slug) => byId.get(slug));
    if (!a || !b) {
      const missing = e.data.models.filter((slug) => !byId.has(slug));
      throw new AstroError(`content/tools/popular-comparisons.yaml: "${e.id}" names releases that do not exist: ${missing.join(', ')}.`, 'Use file names from content/models.');
    }
    if (e.id !== `${a.model.id}-vs-${b.model.id}`) {
      throw new AstroError(`content/tools/popular-comparisons.yaml: "${e.id}" compares ${a.model.id} and ${b.model.id}.`, `Name the entry ${a.model.id}-vs-${b.model.id}: the name is the page's address.`);
    }
    return { id: e.id, a, b };
  });
}
