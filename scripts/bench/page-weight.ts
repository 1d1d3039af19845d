// Bytes transferred on a first visit (empty cache), by type: Chromium loads the page through
// nginx, and nginx's log says what it sent (headers and gzip body), whichever thread asked.
import type { Browser } from 'playwright-core';
import { readTransfers, type NginxServer, type Transfer } from '../nginx-server.ts';

export const CATEGORIES = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

function category(contentType: string): Category {
  if (contentType.startsWith('text/html')) return 'html';
  if (contentType.startsWith('text/css')) return 'css';
  if (/javascript/.test(contentType)) return 'js';
  if (contentType.startsWith('font/')) return 'fonts';
  if (contentType.startsWith('image/')) return 'images';
  return 'other';
}

/** Responses nginx sent after `mark` (a count from transferCount). */
export async function transfersSince(server: NginxServer, mark: number) {
  return (await readTransfers(server.accessLog)).slice(mark);
}

export async function transferCount(server: NginxServer) {
  return (await readTransfers(server.accessLog)).length;
}

/** Waits until nginx has sent nothing new for quietMs (at most maxMs). */
export async function settle(server: NginxServer, quietMs = 500, maxMs = 10_000) {
  const start = Date.now();
  let before = -1;
  let now = await transferCount(server);
  while (before !== now && Date.now() - start < maxMs) {
    before = now;
    await new Promise((r) => setTimeout(r, quietMs));
    now = await transferCount(server);
  }
}

export function summarise(transfers: Transfer[]) {
  const bytes = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const t of transfers) bytes[category(t.type)] += t.bytes;
  return {
    requests: transfers.length,
    bytes: { ...bytes, total: transfers.reduce((sum, t) => sum + t.bytes, 0) },
    headerBytes: transfers.reduce((sum, t) => sum + t.bytes - t.bodyBytes, 0),
    jsFiles: transfers.filter((t) => category(t.type) === 'js').map((t) => t.uri),
  };
}

/** What one page of the site costs on a first visit. */
export type PageWeight = ReturnType<typeof summarise>;

export async function measurePageWeight(browser: Browser, server: NginxServer, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const mark = await transferCount(server);
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await settle(server);
  await context.close();
  return summarise(await transfersSince(server, mark));
}
