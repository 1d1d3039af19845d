import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCards } from '@/data/page-cards';
import { createCardPool } from '@/lib/card-pool';
import { cardDrawing, cardPath, type CardDrawing } from '@/lib/social-card';
import { renderCard } from '@/lib/render-card';

export const getStaticPaths = (async () => {
  const cards = await pageCards();
  // A build collects every route's paths before it renders any page, so every card is queued on
  // the worker threads here and drawn while the pages render. `astro dev` draws on request.
  const pool = import.meta.env.DEV ? undefined : createCardPool(import.meta.env.CARD_WORKER);
  return cards.map((card) => {
    const drawing = cardDrawing({ title: card.title, kind: card.kind });
    const png = pool?.render(drawing);
    // Awaited by GET, which fails the build with the error; this only keeps Node from reporting
    // the rejection as unhandled before GET gets there.
    png?.catch(() => {});
    return { params: { key: cardPath(card.pathname).slice('/og/'.length, -'.png'.length) }, props: { drawing, png } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { drawing, png } = props as { drawing: CardDrawing; png: Promise<Uint8Array<ArrayBuffer>> | undefined };
  return new Response(png ? await png : renderCard(drawing), { headers: { 'Content-Type': 'image/png' } });
};
