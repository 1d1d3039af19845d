import { AstroError } from 'astro/errors';
import { getSiteContent } from './content';
import { summariseFamilies, type FamilySummary } from '@/lib/model-families';

let summaries: Promise<FamilySummary[]> | undefined;

/** Every model family with its releases and their licences, in table order, derived once per build. */
export function loadFamilies(): Promise<FamilySummary[]> {
  summaries ??= getSiteContent().then(({ families, models, licenses }) => {
    try {
      return summariseFamilies(families, models, licenses);
    } catch (error) {
      throw new AstroError((error as Error).message, 'Every family needs at least one release in content/models, and every release a licence in content/licenses.');
    }
  });
  return summaries;
}
