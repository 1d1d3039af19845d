import { AstroError } from 'astro/errors';
import { getSiteContent, type Article, type Faq, type License, type Model } from './content';
import { loadFamilies } from './families';
import type { FamilySummary } from '@/lib/model-families';

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

const mentions = (text: string, names: readonly string[]) => names.some((n) => new RegExp(`(?<![\\w-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i').test(text));

let pages: Promise<ModelPage[]> | undefined;

/** Every release's page data, once per build. Related pages are those that name the release or its family. */
export function loadModelPages(): Promise<ModelPage[]> {
  pages ??= Promise.all([getSiteContent(), loadFamilies()]).then(([{ models, licenses, articles, faqs }, families]) =>
    models.map((model) => {
      const license = licenses.find((l) => l.id === model.data.license);
      const family = families.find((f) => f.id === model.data.family);
      if (!license || !family) throw new AstroError(`content/models/${model.id}.yaml names a license or family that does not exist.`);
      const names = [model.data.name, family.name];
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
        articles: articles.filter((a) => mentions(a.body ?? '', names)).slice(0, 4),
        faqs: faqs.filter((f) => mentions(`${f.data.question} ${f.body ?? ''}`, names)).slice(0, 4),
        terms,
      };
    }),
  );
  return pages;
}
