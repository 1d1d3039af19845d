import { getSiteContent } from './content';
import { urls } from '@/lib/urls';
import { SITE } from '@/lib/site';
import { TOOLS } from '@/lib/tools/catalog';

export interface PageCard {
  pathname: string;
  title: string;
  kind: string;
}

/** Every page that gets a social preview card: its path, title and kind. */
export async function pageCards(): Promise<PageCard[]> {
  const { articles, terms, faqs } = await getSiteContent();
  return [
    { pathname: urls.home(), title: 'What “open weights” means, in plain words', kind: SITE.name },
    { pathname: urls.articles(), title: 'Articles', kind: 'Index' },
    { pathname: urls.glossary(), title: 'Glossary', kind: 'Index' },
    { pathname: urls.faqList(), title: 'Frequently asked questions', kind: 'FAQ' },
    { pathname: urls.search(), title: 'Search', kind: 'Search' },
    { pathname: '/404/', title: 'Page not found', kind: 'Error' },
    { pathname: '/tools/', title: 'Interactive tools', kind: 'Index' },
    ...TOOLS.map((t) => ({ pathname: `/tools/${t.slug}/`, title: t.title, kind: 'Interactive tool' })),
    ...articles.map((a) => ({ pathname: urls.article(a.id), title: a.data.title, kind: 'Article' })),
    ...terms.map((t) => ({ pathname: urls.term(t.id), title: t.data.term, kind: 'Glossary term' })),
    ...faqs.map((f) => ({ pathname: urls.faq(f.id), title: f.data.question, kind: 'FAQ answer' })),
  ];
}
