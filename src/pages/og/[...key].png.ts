import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCards } from '@/data/page-cards';
import { writeCards } from '@/lib/card-files';
import { cardDrawing, cardPath, type CardDrawing } from '@/lib/social-card';
import { renderCard } from '@/lib/render-card';

export const getStaticPaths = (async () => {
  const cards = (await pageCards()).map((card) => ({
    path: cardPath(card.pathname),
    drawing: cardDrawing({ title: card.title, kind: card.kind }),
  }));
  // `astro dev` draws a card when it is requested.
  if (import.meta.env.DEV) {
    return cards.map(({ path, drawing }) => ({ params: { key: path.slice('/og/'.length, -'.png'.length) }, props: { drawing } }));
  }
  // A build collects every route's paths before it renders any page: the cards are queued here and
  // written by worker threads while the pages render, with no route of their own (the
  // social-cards integration waits for them).
  writeCards(cards, import.meta.env.CARD_WORKER, import.meta.env.CARD_OUT_DIR);
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(renderCard((props as { drawing: CardDrawing }).drawing), { headers: { 'Content-Type': 'image/png' } });
