import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeCards } from './write-cards.ts';
import { loadedEntries, type LoadedEntry } from './shared-entries.ts';
import { CARD_COLLECTIONS, cardEntries, pageCards, pairEntries, type CardCollection, type CardEntry } from './page-cards.ts';
import { cardPath } from '../lib/urls';
import { cardDrawing } from './drawing.ts';
import { contentError } from '../build/content-rules.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

/**
 * Social cards in a build. Astro loads the content collections before it compiles anything, and
 * their loaders share the entries (sharingEntries in src/content.config.ts), so every card is
 * queued as soon as the output folder has been emptied, and worker threads draw them while Vite
 * compiles, when the main thread leaves a core partly idle. Drawn during page rendering instead,
 * they competed with it for both cores. The build waits for the last card and fails with the
 * reason if one could not be drawn. `astro dev` draws each card on request
 * (cardRoutes in index.ts).
 */
export function socialCards(): AstroIntegration {
  let outDir = '';
  let writing: Promise<number> | undefined;
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Runs after Astro has emptied the output folder, before Vite compiles the pages.
      'astro:build:setup': () => {
        if (writing) return;
        const entries = Object.fromEntries(CARD_COLLECTIONS.map((name) => [name, sharedEntries(name)])) as Record<CardCollection, CardEntry[]>;
        const cards = pageCards(entries, pairEntries(loaded('comparisonPairs'))).map((card) => ({ path: cardPath(card.pathname), drawing: cardDrawing(card), source: card.source }));
        writing = writeCards(cards, WORKER, outDir);
        // Awaited when the build is done, which fails it with the error; this only keeps Node from
        // reporting the rejection as unhandled before then.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        const count = await (writing ?? Promise.resolve(0)).catch((error: Error) => {
          throw contentError(error.message, 'Every page has a preview card with its title; the build stops rather than publish a card that shows boxes or cuts the title.');
        });
        logger.info(`${count} social cards written`);
      },
    },
  };
}

/** A collection's entries as its loader shared them; the build stops if they were not shared. */
function loaded(collection: string): readonly LoadedEntry[] {
  const entries = loadedEntries(collection);
  if (!entries) {
    throw new Error(
      `Social cards: the "${collection}" collection's entries were not shared before the build, so its pages' cards cannot be drawn. Its loader must be wrapped in sharingEntries() in src/content.config.ts (and the build must sync content, as \`astro build\` does).`,
    );
  }
  return entries;
}

function sharedEntries(collection: CardCollection): CardEntry[] {
  return cardEntries(collection, loaded(collection));
}
