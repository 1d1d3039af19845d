import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cardsWritten } from '../lib/card-files.ts';

/**
 * Social cards in a build: the /og/ route queues every card on worker threads, which write the
 * PNGs straight into the output folder while pages render (see src/pages/og/[...key].png.ts). This
 * integration tells the route where the worker script and the output folder are, and holds the
 * build open until every card is written, failing it with the reason if one is not.
 */
export function socialCards(): AstroIntegration {
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          vite: {
            define: {
              'import.meta.env.CARD_WORKER': JSON.stringify(fileURLToPath(new URL('../lib/card-worker.ts', import.meta.url))),
              'import.meta.env.CARD_OUT_DIR': JSON.stringify(fileURLToPath(config.outDir)),
            },
          },
        });
      },
      'astro:build:done': async ({ logger }) => {
        const count = await cardsWritten();
        logger.info(`${count} social cards written`);
      },
    },
  };
}
