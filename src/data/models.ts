import { AstroError } from 'astro/errors';
import { getSiteContent, type Article, type Faq, type License, type Model } from './content';
import { loadFamilies } from './families';
import type { FamilySummary } from '@/lib/model-families';
import { escapeRegExp } from '@/lib/regexp';

/** A release with everything its page shows: its licence, its family and the pages related to it. */
export interface ModelPage {
  model: Model;
  license: License;
  family: FamilySummary;
  articles: Article[];
  faqs: Faq[];
  /** Glossary slugs that explain what the page talks about. */
  terms: string[];
}

/** A pattern that finds any of `names` as a whole word, compiled once per release. */
const mentionOf = (names: readonly string[]) => new RegExp(`(?<![\\w-])(?:${names.map(escapeRegExp).join('|')})(?![\\w-])`, 'i');

/** The first `max` entries whose text the pattern finds: the scan stops there, however many pages the site has. */
function firstMentions<T>(entries: readonly T[], textOf: (entry: T) => string, pattern: RegExp, max = 4): T[] {
  const found: T[] = [];
  for (const entry of entries) {
    if (found.length === max) break;
    if (pattern.test(textOf(entry))) found.push(entry);
  }
  return found;
}

let pages: Promise<ModelPage[]> | undefined;

/** Every release's page data, once per build. Related pages are those that name the release or its family. */
export function loadModelPages(): Promise<ModelPage[]> {
  pages ??= Promise.all([getSiteContent(), loadFamilies()]).then(([{ models, licenses, articles, faqs }, families]) =>
    models.map((model) => {
      const license = licenses.find((l) => l.id === model.data.license);
      const family = families.find((f) => f.id === model.data.family);
      if (!license || !family) throw new AstroError(`content/models/${model.id}.yaml names a license or family that does not exist.`);
      const mention = mentionOf([model.data.name, family.name]);
      const terms = [
        'open-weights',
        license.data.kind === 'permissive' ? 'permissive-license' : 'community-license',
        ...(license.data.acceptableUse ? ['acceptable-use-policy'] : []),
        'open-source-ai-definition',
        'data-information',
        'quantization',
      ];
      return {
        model,
        license,
        family,
        articles: firstMentions(articles, (a) => a.body ?? '', mention),
        faqs: firstMentions(faqs, (f) => `${f.data.question} ${f.body ?? ''}`, mention),
        terms,
      };
    }),
  );
  return pages;
}
