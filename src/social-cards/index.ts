/**
 * Social preview cards: one subsystem, and this is its only entry point.
 *
 * - `socialCards()`, an integration: a build draws every card on worker threads while Vite
 *   compiles, from the entries the content loaders share (`sharingEntries`).
 * - `sharingEntries()` wraps a collection's loader in src/content.config.ts so that its entries
 *   reach the integration before any page renders.
 * - `cardRoutes()` and `cardResponse()`: `astro dev` draws a card when it is requested.
 *
 * Where a page's card lives is part of the URL scheme (`cardPath` in src/lib/urls.ts); what a card shows is
 * `pageCards()`. The rest (rasteriser, palette PNG encoder, fonts, worker pool) is internal: it
 * exists for the build budget with 1,000 extra articles (docs/architecture.md).
 */
import { cardPath } from '../lib/urls';
import { cardDrawing, type CardDrawing } from './drawing.ts';
import { cardEntries, pageCards, pairEntries, type CardCollection } from './page-cards.ts';
import { renderCard } from './render.ts';

export { socialCards } from './integration.ts';
export { sharingEntries } from './shared-entries.ts';

type CollectionEntries = Record<CardCollection | 'comparisonPairs', readonly { id: string; data: Record<string, unknown> }[]>;

/** Every card as a route below /og/: the key is the card's path without /og/ and .png. */
export function cardRoutes(entries: CollectionEntries): { params: { key: string }; props: { drawing: CardDrawing } }[] {
  const cards = pageCards({
    articles: cardEntries('articles', entries.articles),
    glossary: cardEntries('glossary', entries.glossary),
    faq: cardEntries('faq', entries.faq),
    models: cardEntries('models', entries.models),
  }, pairEntries(entries.comparisonPairs));
  return cards.map((card) => {
    const path = cardPath(card.pathname);
    return { params: { key: path.slice('/og/'.length, -'.png'.length) }, props: { drawing: cardDrawing(card) } };
  });
}

/** One card drawn as a PNG response. */
export function cardResponse(drawing: CardDrawing): Response {
  return new Response(renderCard(drawing), { headers: { 'Content-Type': 'image/png' } });
}
