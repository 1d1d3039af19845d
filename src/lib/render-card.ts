import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// Explicit extension: this module also runs untranspiled in a worker thread (card-worker.ts).
import { encodeIndexedPng } from './indexed-png.ts';

// Fonts come from an npm package, never from the machine, so every build draws the same pixels.
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

/** Rasterises a card SVG to PNG, byte-identical for the same input. */
export function renderCard(svg: string): Uint8Array<ArrayBuffer> {
  const image = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
  }).render();
  return encodeIndexedPng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
}
