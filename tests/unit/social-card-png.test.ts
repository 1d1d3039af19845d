import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCards } from '@/social-cards/write-cards';
import { createCardPool } from '@/social-cards/pool';
import { adler32, adler32Combine, createStripEncoder, toPalette, type PaletteImage } from '@/social-cards/indexed-png';
import { renderCard } from '@/social-cards/render';
import { loadCardFont } from '@/social-cards/font';
import { cardDrawing, type CardDrawing } from '@/social-cards/drawing';

/** Reads a palette PNG back into RGBA, checking every chunk's CRC on the way. */
function decodeIndexedPng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  let palette: Uint8Array = new Uint8Array(0);
  let alpha: Uint8Array = new Uint8Array(0);
  const data: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      expect([...body.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') alpha = body;
    else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  expect(rows.length).toBe((width + 1) * height);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    if (rows[y * (width + 1)] !== 0) expect.fail(`row ${y} has filter ${rows[y * (width + 1)]}, not 0`);
    for (let x = 0; x < width; x += 1) {
      const index = rows[y * (width + 1) + 1 + x] as number;
      const at = (y * width + x) * 4;
      rgba[at] = palette[index * 3] as number;
      rgba[at + 1] = palette[index * 3 + 1] as number;
      rgba[at + 2] = palette[index * 3 + 2] as number;
      rgba[at + 3] = alpha[index] ?? 255;
    }
  }
  return { width, height, rgba };
}

/** The whole image as a PNG: no strip replaced. */
const wholePng = (image: PaletteImage) => createStripEncoder(image).encode(0, new Uint8Array(0));
const encodeIndexedPng = (rgba: Uint8Array, width: number, height: number) => {
  const image = toPalette(rgba, width, height);
  return image && wholePng(image);
};

describe('palette PNG encoder', () => {
  it('keeps every pixel, transparency included', () => {
    const rgba = new Uint8Array([255, 255, 255, 255, 11, 93, 140, 255, 11, 93, 140, 255, 22, 25, 29, 128, 255, 255, 255, 255, 0, 0, 0, 0]);
    const decoded = decodeIndexedPng(encodeIndexedPng(rgba, 3, 2) as Uint8Array);
    expect(decoded).toEqual({ width: 3, height: 2, rgba });
  });

  it('keeps rows that repeat the one above', () => {
    const row = [255, 255, 255, 255, 11, 93, 140, 255];
    const rgba = new Uint8Array([...row, ...row, 22, 25, 29, 255, 255, 255, 255, 255, ...row]);
    expect(decodeIndexedPng(encodeIndexedPng(rgba, 2, 4) as Uint8Array)).toEqual({ width: 2, height: 4, rgba });
  });

  it('declines images with more than 256 colours', () => {
    const rgba = new Uint8Array(300 * 4);
    for (let i = 0; i < 300; i += 1) rgba.set([i & 0xff, i >> 8, 0, 255], i * 4);
    expect(encodeIndexedPng(rgba, 300, 1)).toBeUndefined();
  });

  it('combines checksums of two runs into the checksum of both, as zlib does', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 251);
    for (const cut of [0, 1, 5552, 13_001, 20_000]) {
      expect(adler32Combine(adler32(bytes.subarray(0, cut)), adler32(bytes.subarray(cut)), bytes.length - cut)).toBe(adler32(bytes));
    }
    // zlib's own checksum of the same bytes ends its stream.
    const zlibStream = deflateSync(bytes);
    expect(adler32(bytes)).toBe(zlibStream.readUInt32BE(zlibStream.length - 4));
  });

  it('replaces whole strips of rows and keeps the rest of the image, at either edge and in between', () => {
    // 5 rows of 3 pixels in 2-row strips: the last strip is a single row.
    const rgba = new Uint8Array(3 * 5 * 4);
    for (let i = 0; i < 15; i += 1) rgba.set(i % 4 ? [255, 255, 255, 255] : [11, 93, 140, 255], i * 4);
    const image = toPalette(rgba, 3, 5) as PaletteImage;
    const strips = createStripEncoder(image, 2);
    const rowsOf = (png: Uint8Array) => {
      const { rgba: out } = decodeIndexedPng(png);
      return out;
    };
    expect(rowsOf(strips.encode(0, new Uint8Array(0)))).toEqual(rgba);
    for (const [first, count] of [[0, 1], [1, 1], [2, 1], [0, 3], [1, 2]] as const) {
      const rows = image.rows.slice(first * 2 * 4, Math.min(5, (first + count) * 2) * 4);
      for (let at = 1; at < rows.length; at += 4) rows.fill(1 - (rows[at] as number), at, at + 3);
      const expected = Uint8Array.from(image.rows);
      expected.set(rows, first * 2 * 4);
      expect(rowsOf(strips.encode(first, rows)), `strips ${first}+${count}`).toEqual(rowsOf(wholePng({ ...image, rows: expected })));
    }
    expect(() => strips.encode(1, new Uint8Array(5))).toThrow(/whole strips/);
    expect(() => strips.encode(2, new Uint8Array(16))).toThrow(/whole strips/);
  });

  it('says what is wrong when the pixel count does not match the size', () => {
    expect(() => encodeIndexedPng(new Uint8Array(12), 2, 2)).toThrow(/Expected 16 bytes of RGBA for 2×2, got 12/);
  });
});

describe('social card rendering', () => {
  const drawing = cardDrawing({ title: 'What “open weights” means, in <plain> words & more', kind: 'FAQ answer' });
  /** Pixels of the title's ink (#16191d) or darker than mid-grey between two rows. */
  const inkBetween = (rgba: Uint8Array, from: number, to: number) => {
    let dark = 0;
    for (let i = from * 1200 * 4; i < to * 1200 * 4; i += 4) if ((rgba[i] as number) < 128 && (rgba[i + 2] as number) < 128) dark += 1;
    return dark;
  };

  it('draws a 1200×630 palette PNG, the same bytes every time', () => {
    const png = renderCard(drawing);
    expect(decodeIndexedPng(png)).toMatchObject({ width: 1200, height: 630 });
    expect(renderCard(drawing)).toEqual(png);
  });

  it('draws the title between the page type and the site name, and only there', () => {
    const withTitle = decodeIndexedPng(renderCard(drawing)).rgba;
    const withoutTitle = decodeIndexedPng(renderCard({ ...drawing, title: { ...drawing.title, lines: [] } })).rgba;
    expect(inkBetween(withTitle, 120, 480)).toBeGreaterThan(20_000);
    expect(inkBetween(withoutTitle, 120, 480)).toBe(0);
    const same = (from: number, to: number) => Buffer.from(withTitle.subarray(from * 4800, to * 4800)).equals(withoutTitle.subarray(from * 4800, to * 4800));
    expect(same(0, 120), 'above the title').toBe(true);
    expect(same(480, 630), 'below the title').toBe(true);
  });

  it('says so when a title would run off the card or over the template', () => {
    const at = (x: number, baseline: number): CardDrawing => ({ ...drawing, title: { ...drawing.title, x, lines: [{ text: 'Open weights', baseline }] } });
    expect(() => renderCard(at(900, 250))).toThrow(/The card title's line "Open weights" runs off the 1200×630 card: shorten its longest word/);
    expect(() => renderCard(at(80, 560))).toThrow(/overlaps the template's drawing/);
  });

  it('draws each title in its own ink, even over a template another ink used first', () => {
    const red = { ...drawing, title: { ...drawing.title, color: '#aa0000' } };
    const darkest = (png: Uint8Array) => {
      const { rgba } = decodeIndexedPng(png);
      let best = [255, 255, 255];
      const sum = (c: number[]) => c.reduce((a, b) => a + b, 0);
      for (let i = 130 * 4800; i < 480 * 4800; i += 4) {
        const pixel = [rgba[i] as number, rgba[i + 1] as number, rgba[i + 2] as number];
        if (sum(pixel) < sum(best)) best = pixel;
      }
      return best;
    };
    renderCard(drawing);
    expect(darkest(renderCard(red))).toEqual([170, 0, 0]);
    expect(darkest(renderCard(drawing))).toEqual([22, 25, 29]);
  });

  it('refuses a title with characters the font cannot draw, instead of drawing boxes', () => {
    const font = loadCardFont(fileURLToPath(new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', import.meta.url)));
    expect(font.missing('GGUF 通义千问 🤖 – Ελληνικά, кириллица…')).toEqual(['通', '义', '千', '问', '🤖']);
    expect(() => renderCard(cardDrawing({ title: 'GGUF 通义千问 🤖', kind: 'Glossary term' }))).toThrow(
      'The card font (DejaVu Sans Bold) has no glyph for "通", "义", "千", "问", "🤖", which would be drawn as empty boxes.',
    );
  });

  it('kerns pairs the font kerns', () => {
    const font = loadCardFont(fileURLToPath(new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', import.meta.url)));
    const [, v] = font.layout('AV', 64);
    const [, h] = font.layout('AH', 64);
    expect(v?.x).toBeLessThan(h?.x as number);
  });

  it('gives the same bytes from the worker threads as on the main thread, and reports bad SVG', async () => {
    const pool = createCardPool(fileURLToPath(new URL('../../src/social-cards/worker.ts', import.meta.url)), 2);
    const out = mkdtempSync(join(tmpdir(), 'owe-cards-'));
    try {
      await Promise.all([pool.write(drawing, join(out, 'a.png')), pool.write(cardDrawing({ title: 'Quantization', kind: 'Article' }), join(out, 'b.png'))]);
      const [fromPool, other] = [readFileSync(join(out, 'a.png')), readFileSync(join(out, 'b.png'))];
      expect(fromPool.equals(renderCard(drawing))).toBe(true);
      expect(other.equals(fromPool)).toBe(false);
      await expect(pool.write({ ...drawing, template: '<svg' }, join(out, 'c.png'))).rejects.toThrow(/Could not draw a social card/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('keeps drawing while the main thread is busy: every queued card reaches a worker at once', async () => {
    const pool = createCardPool(fileURLToPath(new URL('../../src/social-cards/worker.ts', import.meta.url)), 1);
    const out = mkdtempSync(join(tmpdir(), 'owe-cards-'));
    try {
      await pool.write(drawing, join(out, 'warm.png'));
      const files = Array.from({ length: 5 }, (_, i) => join(out, `card-${i}.png`));
      const written = Promise.all(files.map((file) => pool.write(drawing, file)));
      // Let the pool send what it was given, then hold the main thread as a page render would.
      await Promise.resolve();
      const until = Date.now() + 5000;
      while (Date.now() < until && !files.every((file) => existsSync(file)));
      expect(files.filter((file) => existsSync(file))).toEqual(files);
      await written;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes each card to its /og/ path below the output folder, and says when one could not be drawn', async () => {
    const worker = fileURLToPath(new URL('../../src/social-cards/worker.ts', import.meta.url));
    const out = mkdtempSync(join(tmpdir(), 'owe-cards-'));
    try {
      expect(await writeCards([{ path: '/og/faq/what.png', drawing }, { path: '/og/home.png', drawing: cardDrawing({ title: 'Home', kind: 'Site' }) }], worker, out)).toBe(2);
      expect(readFileSync(join(out, 'og', 'faq', 'what.png')).equals(renderCard(drawing))).toBe(true);
      await expect(writeCards([{ path: '/og/broken.png', drawing: { ...drawing, template: '<svg' } }], worker, out)).rejects.toThrow(/^\/og\/broken\.png: Could not draw a social card/);
      const tofu = { path: '/og/glossary/gguf.png', drawing: cardDrawing({ title: 'GGUF 🤖', kind: 'Glossary term' }), source: { file: 'content/glossary/no-such-entry.md', field: 'term' } };
      await expect(writeCards([tofu], worker, out)).rejects.toThrow(
        'content/glossary/no-such-entry.md: its "term" is the title of its social card (/og/glossary/gguf.png). Could not draw a social card: The card font (DejaVu Sans Bold) has no glyph for "🤖"',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('fails every card, now and later, when a worker cannot start, instead of waiting forever', async () => {
    const pool = createCardPool(fileURLToPath(new URL('./no-such-worker.ts', import.meta.url)), 1);
    await expect(pool.write(drawing, join(tmpdir(), 'owe-never.png'))).rejects.toThrow(/social card worker .*no-such-worker\.ts\) stopped/);
    await expect(pool.write(drawing, join(tmpdir(), 'owe-never.png'))).rejects.toThrow(/stopped/);
  });
});
