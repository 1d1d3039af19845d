import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '@/data/content';
import { SITE } from '@/lib/site';
import { urls } from '@/lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getSiteContent();
  const newestFirst = [...articles].sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.order - b.data.order);
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: site ?? '',
    items: newestFirst.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.updated,
      link: urls.article(a.id),
    })),
    customData: '<language>en</language>',
  });
};
