import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation, lineMatching } from '../lib/content-rules';
import { createCardPool } from './pool.ts';
import type { CardDrawing } from './drawing.ts';
import type { CardSource } from './page-cards.ts';

/**
 * Writes each card to its site path (cardPath) below `outDir`, on worker threads. Resolves
 * with how many were written once all are; rejects with the first failure, naming the content file
 * and field its title comes from where the card has one.
 */
export function writeCards(cards: readonly { path: string; drawing: CardDrawing; source?: CardSource | undefined }[], workerFile: string, outDir: string): Promise<number> {
  const pool = createCardPool(workerFile);
  return Promise.all(
    cards.map(({ path, drawing, source }) =>
      pool.write(drawing, join(outDir, path)).catch((error: Error) => {
        if (!source) throw new Error(`${path}: ${error.message}`);
        const line = existsSync(source.file) ? lineMatching(readFileSync(source.file, 'utf8'), new RegExp(`^${source.field}:`, 'm')) : undefined;
        throw new Error(`${formatLocation({ file: source.file, line })}: its "${source.field}" is the title of its social card (${path}). ${error.message}`);
      }),
    ),
  ).then(() => cards.length);
}
