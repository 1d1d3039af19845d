import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { getSiteContent } from './content';
import { checkerTopics, withThresholds, type Topics } from '@/lib/tools/license-check';
import { licenseThresholds } from '@/lib/tools/license-thresholds';

let topics: Promise<Topics> | undefined;

/** The licence checker's words (content/tools/license-checker.yaml), with the size thresholds of content/licenses. */
export function loadCheckerTopics(): Promise<Topics> {
  topics ??= (async () => {
    const [entries, { licenses }] = await Promise.all([getCollection('checkerTopics'), getSiteContent()]);
    try {
      const { thresholds, withNone } = licenseThresholds(licenses.map((l) => l.data));
      return withThresholds(checkerTopics(entries), thresholds, withNone);
    } catch (error) {
      throw new AstroError((error as Error).message, 'Add the missing topic or note to content/tools/license-checker.yaml.');
    }
  })();
  return topics;
}
