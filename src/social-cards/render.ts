import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// Explicit extensions and type-only imports: this module also runs untranspiled in a worker thread
// (card-worker.ts).
import { loadCardFont, type CardFont } from './font.ts';
import { createStripEncoder, toPalette, type PaletteImage, type StripEncoder } from './indexed-png.ts';
import type { CardDrawing } from './drawing.ts';

// Fonts come from an npm package, never from the machine, so every build draws the same pixels.
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];
const titleFontFile = join(fontDir, 'DejaVuSans-Bold.ttf');

/** Levels of coverage a title's antialiased edges are drawn with. */
const SHADES = 64;
/** Positions within a pixel a glyph can start at; each has its own rasterised copy. */
const PHASES = 4;

interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0–255 per pixel, row by row. */
  coverage: Uint8Array;
}

interface Template {
  image: PaletteImage;
  /** The template as PNG strips; its palette is the template's followed by the title's shades. */
  png: StripEncoder;
  /** Palette index of the white the title is drawn on. */
  paper: number;
  /** For each coverage, 0–255, the palette index of its shade of the ink, or 0 where too faint to draw. */
  shade: Uint8Array;
}

/**
 * Draws social cards. The template (everything but the title) is rasterised by resvg and
 * compressed once per page type; the title is laid out with the font's advances and kerning and
 * composed from glyphs rasterised once per size and sub-pixel position. A card then costs the
 * pixels of its title's band of rows and compressing that band (about 1.2 ms), where drawing each
 * whole card with resvg cost 15 ms. Same drawing, same bytes.
 */
export function createCardRenderer(): (drawing: CardDrawing) => Uint8Array<ArrayBuffer> {
  const font = loadCardFont(titleFontFile);
  const templates = new Map<string, Template>();
  const masks = new Map<string, GlyphMask>();

  return ({ template: svg, title }) => {
    // The palette holds the title's shades of its ink, so a template is kept per SVG and ink.
    const template = templates.get(`${title.color} ${svg}`) ?? addTemplate(svg, title.color);
    const { width, height } = template.image;
    const placed: { mask: GlyphMask; left: number; top: number }[] = [];
    const missing = font.missing(title.lines.map((line) => line.text).join(''));
    if (missing.length) {
      throw new Error(
        `The card font (DejaVu Sans Bold) has no glyph for ${missing.map((c) => `"${c}"`).join(', ')}, which would be drawn as empty boxes. Write the title with characters it has: Latin, Greek and Cyrillic letters, digits and common punctuation.`,
      );
    }
    let top = height;
    let bottom = 0;
    for (const line of title.lines) {
      for (const glyph of font.layout(line.text, title.size)) {
        const x = title.x + glyph.x;
        let pixel = Math.floor(x);
        let phase = Math.round((x - pixel) * PHASES);
        if (phase === PHASES) [pixel, phase] = [pixel + 1, 0];
        const mask = glyphMask(font, masks, glyph.id, title.size, phase);
        if (!mask.width) continue;
        const left = pixel + mask.left;
        const y0 = line.baseline + mask.top;
        if (left < 0 || y0 < 0 || left + mask.width > width || y0 + mask.height > height) {
          throw new Error(`The card title's line "${line.text}" runs off the ${width}×${height} card: shorten its longest word, or break it with a hyphen.`);
        }
        placed.push({ mask, left, top: y0 });
        top = Math.min(top, y0);
        bottom = Math.max(bottom, y0 + mask.height);
      }
    }
    // Only the strips of rows the title touches are drawn and compressed; the rest of the PNG is
    // the template's, compressed once.
    const { stripRows } = template.png;
    const first = Math.floor(top / stripRows);
    const bandTop = first * stripRows;
    const bandRows = top < bottom ? Math.min(height, Math.ceil(bottom / stripRows) * stripRows) - bandTop : 0;
    const rowBytes = width + 1;
    const rows = template.image.rows.slice(bandTop * rowBytes, (bandTop + bandRows) * rowBytes);
    // Coverage rows padded to whole words of four pixels, so blank words are skipped four at a time.
    const stride = Math.ceil(width / 4) * 4;
    const words = new Uint32Array((bandRows * stride) / 4);
    // Clamped: where the edges of two glyphs touch, their coverage adds up to at most 255.
    const coverage = new Uint8ClampedArray(words.buffer);
    for (const { mask, left, top: y0 } of placed) {
      for (let y = 0; y < mask.height; y += 1) {
        const into = (y0 - bandTop + y) * stride + left;
        const from = y * mask.width;
        for (let x = 0; x < mask.width; x += 1) coverage[into + x] = (coverage[into + x] as number) + (mask.coverage[from + x] as number);
      }
    }
    const wordsPerRow = stride / 4;
    for (let word = 0; word < words.length; word += 1) {
      if (!words[word]) continue;
      const y = Math.floor(word / wordsPerRow);
      const x0 = (word - y * wordsPerRow) * 4;
      for (let x = x0; x < x0 + 4; x += 1) {
        const index = template.shade[coverage[y * stride + x] as number] as number;
        if (!index) continue;
        const at = y * rowBytes + 1 + x;
        if (rows[at] !== template.paper) throw new Error(`The card title overlaps the template's drawing at ${x},${bandTop + y}.`);
        rows[at] = index;
      }
    }
    return template.png.encode(first, rows);
  };

  function addTemplate(svg: string, ink: string): Template {
    const rendered = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'original' } }).render();
    const image = toPalette(rendered.pixels, rendered.width, rendered.height);
    const colours = image ? image.rgb.length / 3 : Infinity;
    if (!image || colours + SHADES > 256) {
      throw new Error(`A social card template has ${image ? colours : 'over 256'} colours; with the title's ${SHADES} shades a card can hold 256.`);
    }
    const paper = findColour(image, [255, 255, 255]);
    if (paper === -1) throw new Error('A social card template has no white to draw its title on.');
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(ink.slice(i, i + 2), 16)) as [number, number, number];
    const rgb = new Uint8Array(image.rgb.length + SHADES * 3);
    rgb.set(image.rgb);
    for (let level = 1; level <= SHADES; level += 1) {
      const mix = (channel: number) => Math.round(255 + ((channel - 255) * level) / SHADES);
      rgb.set([mix(r), mix(g), mix(b)], image.rgb.length + (level - 1) * 3);
    }
    const alpha = new Uint8Array(rgb.length / 3).fill(255);
    alpha.set(image.alpha);
    const shade = Uint8Array.from({ length: 256 }, (_, c) => {
      const level = Math.round((c * SHADES) / 255);
      return level ? colours + level - 1 : 0;
    });
    const template = { image, png: createStripEncoder({ ...image, rgb, alpha }), paper, shade };
    templates.set(`${ink} ${svg}`, template);
    return template;
  }
}

function findColour(image: PaletteImage, [r, g, b]: number[]): number {
  for (let i = 0; i < image.rgb.length / 3; i += 1) {
    if (image.rgb[i * 3] === r && image.rgb[i * 3 + 1] === g && image.rgb[i * 3 + 2] === b && image.alpha[i] === 255) return i;
  }
  return -1;
}

/** A glyph at `size` px starting `phase` quarters of a pixel to the right, rasterised by resvg once. */
function glyphMask(font: CardFont, masks: Map<string, GlyphMask>, id: number, size: number, phase: number): GlyphMask {
  const key = `${id} ${size} ${phase}`;
  const known = masks.get(key);
  if (known) return known;
  const scale = size / font.unitsPerEm;
  const { path, xMin, yMin, xMax, yMax } = font.outline(id);
  if (!path) {
    // A space: nothing to draw.
    const blank = { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) };
    masks.set(key, blank);
    return blank;
  }
  const shift = phase / PHASES;
  const left = Math.floor(xMin * scale + shift) - 1;
  const top = Math.floor(-yMax * scale) - 1;
  const width = Math.max(1, Math.ceil(xMax * scale + shift) + 1 - left);
  const height = Math.max(1, Math.ceil(-yMin * scale) + 1 - top);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${shift - left} ${-top}) scale(${scale} ${-scale})" d="${path}"/></svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().pixels;
  const coverage = Uint8Array.from({ length: width * height }, (_, i) => pixels[i * 4 + 3] as number);
  const mask = { left, top, width, height, coverage };
  masks.set(key, mask);
  return mask;
}

let shared: ((drawing: CardDrawing) => Uint8Array<ArrayBuffer>) | undefined;

/** Draws one card with a renderer shared by the whole process (fonts and glyphs loaded once). */
export function renderCard(drawing: CardDrawing): Uint8Array<ArrayBuffer> {
  shared ??= createCardRenderer();
  return shared(drawing);
}
