import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';

/** A glyph placed on a line: its id and where its origin falls, in pixels from the line's start. */
export interface PlacedGlyph {
  id: number;
  x: number;
}

export interface CardFont {
  unitsPerEm: number;
  /** Glyphs for `text` at `size` px, advanced by their widths and the font's kerning pairs. */
  layout(text: string, size: number): PlacedGlyph[];
  /** The characters of `text` the font has no glyph for, each once, in order. */
  missing(text: string): string[];
  /** A glyph's outline as SVG path data and its bounds, in font units with y pointing up. */
  outline(id: number): { path: string; xMin: number; yMin: number; xMax: number; yMax: number };
}

/**
 * Loads a TrueType font for drawing card titles: character map, advance widths and outlines from
 * fontkitten, kerning from the font's `kern` table (DejaVu has one; a font without it is simply
 * not kerned).
 */
export function loadCardFont(file: string): CardFont {
  const bytes = readFileSync(file);
  const font = create(bytes);
  if (!('glyphForCodePoint' in font)) throw new Error(`${file} is a font collection; social cards need a single font.`);
  const kerning = readKernPairs(bytes);
  return {
    unitsPerEm: font.unitsPerEm,
    layout(text, size) {
      const scale = size / font.unitsPerEm;
      const placed: PlacedGlyph[] = [];
      let pen = 0;
      let previous = -1;
      for (const char of text) {
        const glyph = (font as Font).glyphForCodePoint(char.codePointAt(0) as number);
        if (previous !== -1) pen += kerning.get(previous * 65536 + glyph.id) ?? 0;
        placed.push({ id: glyph.id, x: pen * scale });
        pen += glyph.advanceWidth;
        previous = glyph.id;
      }
      return placed;
    },
    missing(text) {
      // Glyph 0 is the font's "no such glyph" box.
      return [...new Set(text)].filter((char) => /\S/.test(char) && (font as Font).glyphForCodePoint(char.codePointAt(0) as number).id === 0);
    },
    outline(id) {
      const { path } = (font as Font).getGlyph(id);
      const { minX, minY, maxX, maxY } = path.bbox;
      return { path: path.toSVG(), xMin: minX, yMin: minY, xMax: maxX, yMax: maxY };
    },
  };
}

/** Pairs from the first horizontal format-0 subtable of a TrueType `kern` table, keyed left × 65536 + right. */
export function readKernPairs(bytes: Uint8Array): Map<number, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pairs = new Map<number, number>();
  const tables = view.getUint16(4);
  let kern = -1;
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(record, record + 4)) === 'kern') kern = view.getUint32(record + 8);
  }
  if (kern === -1 || view.getUint16(kern) !== 0) return pairs;
  let subtable = kern + 4;
  for (let n = view.getUint16(kern + 2); n > 0; n -= 1) {
    const length = view.getUint16(subtable + 2);
    const coverage = view.getUint16(subtable + 4);
    // Format 0 (high byte), horizontal (bit 0), kerning values rather than minimums (bit 1 clear).
    if (coverage >> 8 === 0 && (coverage & 0b11) === 0b01) {
      const count = view.getUint16(subtable + 6);
      for (let p = 0; p < count; p += 1) {
        const at = subtable + 14 + p * 6;
        pairs.set(view.getUint16(at) * 65536 + view.getUint16(at + 2), view.getInt16(at + 4));
      }
      return pairs;
    }
    subtable += length;
  }
  return pairs;
}
