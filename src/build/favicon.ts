import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The sizes browsers, feed readers and crawlers that ask for /favicon.ico pick from. */
const ICON_SIZES = [16, 32, 48];

/**
 * The SVG icon drawn at each size into one .ico file, whose entries hold PNG images (every
 * browser since Internet Explorer 9 and Windows Vista reads them). resvg draws the same pixels on
 * every machine, so the file is the same from build to build.
 */
export function icoFromSvg(svg: string, sizes: readonly number[] = ICON_SIZES): Uint8Array<ArrayBuffer> {
  const images = sizes.map((size) => new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng());
  const header = 6 + 16 * images.length;
  const ico = new Uint8Array(header + images.reduce((sum, png) => sum + png.length, 0));
  const view = new DataView(ico.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, images.length, true);
  let offset = header;
  images.forEach((png, i) => {
    const entry = 6 + 16 * i;
    const size = sizes[i] ?? 0;
    // Width and height of 256 are written as 0.
    view.setUint8(entry, size % 256);
    view.setUint8(entry + 1, size % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    ico.set(png, offset);
    offset += png.length;
  });
  return ico;
}

/** /favicon.ico, drawn from public/favicon.svg so the two icons never differ. */
export const faviconIco = () => icoFromSvg(readFileSync(resolve('public/favicon.svg'), 'utf8'));
