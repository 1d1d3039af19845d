import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCards } from '@/data/page-cards';
import { cardPath, cardSvg } from '@/lib/social-card';
import { renderCard } from '@/lib/render-card';

export const getStaticPaths = (async () => {
  const cards = await pageCards();
  return cards.map((card) => ({
    params: { key: cardPath(card.pathname).slice('/og/'.length, -'.png'.length) },
    props: { title: card.title, kind: card.kind },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(renderCard(cardSvg({ title: String(props['title']), kind: String(props['kind']) })), {
    headers: { 'Content-Type': 'image/png' },
  });
