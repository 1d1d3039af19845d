import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The glossary linker reads content/glossary when the config loads (names, aliases and the
 * definitions its previews show). In `astro dev`, editing a glossary file restarts the server, so
 * articles link and preview the edited term instead of the one read at start.
 */
export function glossaryWatch(dir: string): AstroIntegration {
  return {
    name: 'glossary-watch',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile }) => {
        if (command !== 'dev') return;
        for (const file of readdirSync(dir)) if (file.endsWith('.md')) addWatchFile(join(dir, file));
      },
    },
  };
}
