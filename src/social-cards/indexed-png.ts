import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * An 8-bit palette image: one filter byte (0, none) then one palette index per pixel, for each row.
 * Social cards are flat colours plus the antialiased edges of their text, a few dozen colours in
 * all, so a palette image is a quarter of the data a truecolour PNG would compress, and smaller.
 */
export interface PaletteImage {
  width: number;
  height: number;
  rows: Uint8Array;
  /** Red, green, blue for each palette entry. */
  rgb: Uint8Array;
  /** Opacity for each palette entry. */
  alpha: Uint8Array;
}

/** RGBA pixels as a palette image, or undefined when they hold more than 256 colours. */
export function toPalette(rgba: Uint8Array, width: number, height: number): PaletteImage | undefined {
  if (rgba.length !== width * height * 4) throw new Error(`Expected ${width * height * 4} bytes of RGBA for ${width}×${height}, got ${rgba.length}.`);
  // Whole pixels as one number each (in the machine's byte order, undone below for the palette).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const indexOf = new Map<number, number>();
  /** For each palette entry, the first pixel with that colour. */
  const palette: number[] = [];
  const rows = new Uint8Array((width + 1) * height);
  let out = 0;
  let previous = -1;
  let previousIndex = 0;
  const rowBytes = width * 4;
  for (let y = 0; y < height; y += 1) {
    rows[out++] = 0;
    // Most rows of a card repeat the one above (margins, the gaps between lines of text).
    const row = aligned.subarray(y * rowBytes, (y + 1) * rowBytes);
    if (y > 0 && Buffer.compare(row, aligned.subarray((y - 1) * rowBytes, y * rowBytes)) === 0) {
      rows.copyWithin(out, out - width - 1, out - 1);
      out += width;
      continue;
    }
    for (let x = 0; x < width; x += 1) {
      const pixel = pixels[y * width + x] as number;
      if (pixel !== previous) {
        let index = indexOf.get(pixel);
        if (index === undefined) {
          if (palette.length === 256) return undefined;
          index = palette.length;
          indexOf.set(pixel, index);
          palette.push(y * width + x);
        }
        previous = pixel;
        previousIndex = index;
      }
      rows[out++] = previousIndex;
    }
  }
  const rgb = new Uint8Array(palette.length * 3);
  const alpha = new Uint8Array(palette.length);
  // The palette holds where each colour first appears; its bytes are read back from the input.
  palette.forEach((at, i) => {
    rgb.set(aligned.subarray(at * 4, at * 4 + 3), i * 3);
    alpha[i] = aligned[at * 4 + 3] as number;
  });
  return { width, height, rows, rgb, alpha };
}

/** Signature, header and palette: everything before the image data. */
function pngHead(width: number, height: number, rgb: Uint8Array, alpha: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, width);
  headerView.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, colour type 3 (palette), no interlace
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', rgb),
    ...(alpha.some((a) => a !== 255) ? [chunk('tRNS', alpha)] : []),
  ]);
}

/**
 * PNGs of one palette image with a band of rows changed each time (a social card's template and
 * its title). The template's rows are compressed once, in strips of `stripRows` rows that each
 * stand alone; each PNG compresses only the strips its band touches and reuses the others' bytes.
 * A deflate stream may be cut wherever a flush ends a block, and a checksum of the whole is
 * combined from the strips' own, so the result is one ordinary zlib stream.
 */
export interface StripEncoder {
  readonly stripRows: number;
  /**
   * The PNG with strips `first` up to (not including) `first + rows.length / stripBytes` replaced
   * by `rows`, which holds whole strips (a filter byte and the indices, row by row).
   */
  encode(first: number, rows: Uint8Array): Uint8Array<ArrayBuffer>;
}

/** Compresses the strips of `image`, the rows most PNGs will share, once. */
export function createStripEncoder({ width, height, rows, rgb, alpha }: PaletteImage, stripRows = 8): StripEncoder {
  const rowBytes = width + 1;
  const strips = Math.ceil(height / stripRows);
  const parts = Array.from({ length: strips }, (_, i) => rows.subarray(i * stripRows * rowBytes, Math.min(height, (i + 1) * stripRows) * rowBytes));
  const compressed = parts.map(compressPart);
  /** Where each strip's compressed bytes start in `all`; one more entry for the end. */
  const offsets = [0];
  for (const bytes of compressed) offsets.push((offsets.at(-1) as number) + bytes.length);
  const all = concat(compressed);
  const stripBytes = stripRows * rowBytes;
  /** Bytes from strip i to the end of the image. */
  const fromStrip = (i: number) => Math.max(0, rows.length - i * stripBytes);
  /** Checksums of strips [0, i) and of strips [i, end). */
  const prefix = [1];
  for (const part of parts) prefix.push(adler32Combine(prefix.at(-1) as number, adler32(part), part.length));
  const suffix = new Array<number>(strips + 1).fill(1);
  for (let i = strips - 1; i >= 0; i -= 1) suffix[i] = adler32Combine(adler32(parts[i] as Uint8Array), suffix[i + 1] as number, fromStrip(i + 1));
  const head = pngHead(width, height, rgb, alpha);
  const tail = chunk('IEND', new Uint8Array(0));

  return {
    stripRows,
    encode(first, band) {
      const count = Math.ceil(band.length / stripBytes);
      const end = first + count;
      if (first < 0 || end > strips || band.length !== Math.min(count * stripBytes, fromStrip(first))) {
        throw new Error(`Expected whole strips within the image, got ${band.length} bytes from strip ${first}.`);
      }
      const middle = band.length ? compressPart(band) : new Uint8Array(0);
      const check = adler32Combine(adler32Combine(prefix[first] as number, adler32(band), band.length), suffix[end] as number, fromStrip(end));
      const before = all.subarray(0, offsets[first]);
      const after = all.subarray(offsets[end]);
      const data = new Uint8Array(2 + before.length + middle.length + after.length + 2 + 4);
      // zlib header (deflate, fastest), the strips, an empty final block, the checksum.
      data.set([0x78, 0x01], 0);
      data.set(before, 2);
      data.set(middle, 2 + before.length);
      data.set(after, 2 + before.length + middle.length);
      data.set([0x03, 0x00], data.length - 6);
      new DataView(data.buffer).setUint32(data.length - 4, check);
      return concat([head, chunk('IDAT', data), tail]);
    },
  };
}

/**
 * Raw deflate ending in a sync flush: byte-aligned, no final block, and no reference to anything
 * before it, so it can stand between any two such parts. Runs of one index dominate card rows,
 * which is what run-length matching finds, faster than the general search and as small.
 */
function compressPart(part: Uint8Array): Uint8Array {
  return deflateRawSync(part, { level: 1, strategy: constants.Z_RLE, finishFlush: constants.Z_SYNC_FLUSH });
}

const ADLER_BASE = 65521;

/** zlib's Adler-32 checksum. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let at = 0; at < bytes.length; ) {
    // 5552 bytes is the most that can be summed before the total could pass 2^32 (zlib's NMAX).
    const end = Math.min(bytes.length, at + 5552);
    for (; at < end; at += 1) {
      a += bytes[at] as number;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte runs one after the other, from each run's checksum (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let a = first & 0xffff;
  let b = (rem * a) % ADLER_BASE;
  a += (second & 0xffff) + ADLER_BASE - 1;
  b += (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (b >= ADLER_BASE * 2) b -= ADLER_BASE * 2;
  if (b >= ADLER_BASE) b -= ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) bytes[4 + i] = type.charCodeAt(i);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
