// Search on the built site, both ways a reader reaches it, each in a fresh browser context:
//  - dialog: on an article, the reader presses "/" and types; every byte fetched from that key on
//    counts (the dialog's code, Pagefind, its WebAssembly and index, the results' fragments);
//  - page: the reader opens /search/ and types; every byte the page fetched for search counts,
//    from navigation on, leaving out only the page's HTML, CSS and images (page weight covers them).
// Time runs from the first key of the query to the first result in the page. Then the reader types
// on (" formats"), and two more figures are taken: the slowest keystroke, from the key to the next
// frame painted (Chromium's Event Timing, which reports only keys slower than 16 ms), and the time
// from the last key to the refined results, which includes the pause search waits for.
import type { Browser, Page } from 'playwright-core';
import type { NginxServer, Transfer } from '../nginx-server.ts';
import { settle, summarise, transferCount, transfersSince } from './page-weight.ts';

const SEARCH_TYPES = (t: Transfer) => !/^(text\/html|text\/css|image\/)/.test(t.type);

/** Moments (performance.now()) that installProbes records in the page. */
interface SearchTiming {
  firstKey?: number | undefined;
  firstResult?: number | undefined;
  /** While typing on: key events slower than 16 ms, and when the results last changed. */
  typingOn?: { slowKeys: number[]; lastKey?: number; updated?: number };
}

/** The page's window once installProbes has run. */
type ProbedWindow = typeof window & { __searchTiming: SearchTiming };

function installProbes(resultSelector: string) {
  const timing: SearchTiming = {};
  Object.defineProperty(window, '__searchTiming', { value: timing });
  new MutationObserver(() => {
    if (timing.firstKey !== undefined && timing.firstResult === undefined && document.querySelector(resultSelector)) timing.firstResult = performance.now();
    if (timing.typingOn?.lastKey !== undefined) timing.typingOn.updated = performance.now();
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (timing.typingOn && /^key|input/.test(e.name)) timing.typingOn.slowKeys.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
}

interface Way {
  path: string;
  /** A result in the page. */
  result: string;
  open: (page: Page) => Promise<void>;
}

const WAYS = {
  dialog: {
    path: '/articles/quantization/',
    result: '#search-dialog-list [role="option"]',
    /** The reader presses "/", and starts typing once the dialog's box has focus. */
    async open(page) {
      await page.keyboard.press('/');
      await page.locator('#search-dialog-input').waitFor({ state: 'visible' });
      await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-input');
    },
  },
  page: {
    path: '/search/',
    result: '#search-results [data-search-result]',
    async open(page) {
      await page.locator('#search-page-input').focus();
    },
  },
} satisfies Record<string, Way>;

type WayName = keyof typeof WAYS;

interface SearchOptions {
  query: string;
  keyDelayMs: number;
  timeoutMs: number;
}

export type WayResult =
  | { way: WayName; path: string; measured: false; reason: string }
  | { way: WayName; path: string; measured: true; firstResultMs: number; results: number; requests: number; bytes: number; slowestKeyMs: number; refinedMs: number | undefined };

/** What the reader types after the first results. */
const TYPED_ON = ' formats';

/**
 * Measures one way (`dialog` or `page`). Returns `measured: false` with the reason when no result
 * appears within `timeoutMs` of typing.
 */
async function measureWay(browser: Browser, server: NginxServer, way: WayName, { query, keyDelayMs, timeoutMs }: SearchOptions): Promise<WayResult> {
  const { path, result, open } = WAYS[way];
  const context = await browser.newContext();
  await context.addInitScript(installProbes, result);
  const page = await context.newPage();
  let mark = await transferCount(server);
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await settle(server);
  if (way === 'dialog') mark = await transferCount(server);
  try {
    await open(page);
    await page.evaluate(() => ((window as ProbedWindow).__searchTiming.firstKey = undefined));
    await page.evaluate(() => addEventListener('keydown', () => ((window as ProbedWindow).__searchTiming.firstKey ??= performance.now()), { capture: true }));
    await page.keyboard.type(query, { delay: keyDelayMs });
    await page.waitForFunction(() => (window as ProbedWindow).__searchTiming.firstResult !== undefined, null, { timeout: timeoutMs });
  } catch (error) {
    await context.close();
    const failure = error instanceof Error ? error : new Error(String(error));
    const reason = failure.name === 'TimeoutError' ? `no result appeared within ${timeoutMs / 1000} s of typing` : failure.message.split('\n', 1)[0] ?? '';
    return { way, path, measured: false, reason };
  }
  await settle(server);
  const timing = await page.evaluate(() => ({ ...(window as ProbedWindow).__searchTiming }));
  const results = await page.locator(result).count();
  const fetched = summarise((await transfersSince(server, mark)).filter(SEARCH_TYPES));
  // Typing on: every key is timed, and the last one starts the wait for refined results.
  await page.evaluate(() => ((window as ProbedWindow).__searchTiming.typingOn = { slowKeys: [] }));
  for (const key of TYPED_ON) {
    await page.evaluate(() => {
      const typingOn = (window as ProbedWindow).__searchTiming.typingOn;
      if (typingOn) typingOn.lastKey = performance.now();
    });
    await page.keyboard.type(key, { delay: 0 });
    await page.waitForTimeout(keyDelayMs);
  }
  await settle(server);
  await page.waitForTimeout(500);
  const typingOn = await page.evaluate(() => (window as ProbedWindow).__searchTiming.typingOn);
  await context.close();
  const refinedMs = typingOn?.updated !== undefined && typingOn.lastKey !== undefined ? typingOn.updated - typingOn.lastKey : undefined;
  return {
    way,
    path,
    measured: true,
    firstResultMs: (timing.firstResult ?? NaN) - (timing.firstKey ?? NaN),
    results,
    requests: fetched.requests,
    bytes: fetched.bytes.total,
    // Event Timing reports nothing for keys faster than 16 ms.
    slowestKeyMs: Math.max(16, ...(typingOn?.slowKeys ?? [])),
    refinedMs,
  };
}

/** Both ways, typing `query` at `keyDelayMs` between keys. */
export async function measureSearch(browser: Browser, server: NginxServer, { query = 'quantization', keyDelayMs = 100, timeoutMs = 10_000 }: Partial<SearchOptions> = {}) {
  const options = { query, keyDelayMs, timeoutMs };
  return { query, keyDelayMs, ways: [await measureWay(browser, server, 'dialog', options), await measureWay(browser, server, 'page', options)] };
}

export type SearchResult = Awaited<ReturnType<typeof measureSearch>>;
