// Bytes transferred on a first visit (empty cache), by type: Chromium loads the page through
// nginx, and nginx's log says what it sent (headers and gzip body), whichever thread asked.
import { readTransfers } from '../nginx-server.mjs';

export const CATEGORIES = ['html', 'css', 'js', 'fonts', 'images', 'other'];

function category(contentType) {
  if (contentType.startsWith('text/html')) return 'html';
  if (contentType.startsWith('text/css')) return 'css';
  if (/javascript/.test(contentType)) return 'js';
  if (contentType.startsWith('font/')) return 'fonts';
  if (contentType.startsWith('image/')) return 'images';
  return 'other';
}

/** Responses nginx sent after `mark` (a count from transferCount). */
export async function transfersSince(server, mark) {
  return (await readTransfers(server.accessLog)).slice(mark);
}

export async function transferCount(server) {
  return (await readTransfers(server.accessLog)).length;
}

/** Waits until nginx has sent nothing new for quietMs (at most maxMs). */
export async function settle(server, quietMs = 500, maxMs = 10_000) {
  const start = Date.now();
  let before = -1;
  let now = await transferCount(server);
  while (before !== now && Date.now() - start < maxMs) {
    before = now;
    await new Promise((r) => setTimeout(r, quietMs));
    now = await transferCount(server);
  }
}

export function summarise(transfers) {
  const bytes = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const t of transfers) bytes[category(t.type)] += t.bytes;
  return {
    requests: transfers.length,
    bytes: { ...bytes, total: transfers.reduce((sum, t) => sum + t.bytes, 0) },
    headerBytes: transfers.reduce((sum, t) => sum + t.bytes - t.bodyBytes, 0),
    jsFiles: transfers.filter((t) => category(t.type) === 'js').map((t) => t.uri),
  };
}

export async function measurePageWeight(browser, server, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const mark = await transferCount(server);
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await settle(server);
  await context.close();
  return summarise(await transfersSince(server, mark));
}
