import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '@/data/content';
import { cardEntries, pageCards } from '@/lib/page-cards';
import { cardDrawing, cardPath, type CardDrawing } from '@/lib/social-card';
import { renderCard } from '@/lib/render-card';

// `astro dev` draws a card when it is requested. A build writes every card from worker threads
// while it compiles (src/integrations/social-cards.ts), so this route has no pages of its own there.
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const { articles, terms, faqs } = await getSiteContent();
  const cards = pageCards({
    articles: cardEntries('articles', articles),
    glossary: cardEntries('glossary', terms),
    faq: cardEntries('faq', faqs),
  });
  return cards.map((card) => {
    const path = cardPath(card.pathname);
    return { params: { key: path.slice('/og/'.length, -'.png'.length) }, props: { drawing: cardDrawing(card) } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(renderCard((props as { drawing: CardDrawing }).drawing), { headers: { 'Content-Type': 'image/png' } });
