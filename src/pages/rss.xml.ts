import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '@/data/content';
import { SITE } from '@/lib/site';
import { urls } from '@/lib/urls';

export const GET: APIRoute = async ({ site, url }) => {
  const { articles } = await getSiteContent();
  const newestFirst = [...articles].sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.order - b.data.order);
  const lastChange = new Date(Math.max(...articles.map((a) => a.data.updated.getTime())));
  // The feed names its own address (feed validators ask for it) and the day its articles last changed.
  const self = `<atom:link href="${new URL(url.pathname, site).href}" rel="self" type="application/rss+xml"/>`;
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: site ?? '',
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: newestFirst.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.published,
      link: urls.article(a.id),
    })),
    customData: `<language>en</language><lastBuildDate>${lastChange.toUTCString()}</lastBuildDate>${self}`,
  });
};
