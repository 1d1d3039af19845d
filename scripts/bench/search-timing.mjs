// Search on the built /search/ page: time from the reader's first keystroke to the first result
// in the page, and the bytes fetched for that first query.
import { settle, summarise, transferCount, transfersSince } from './page-weight.mjs';

const RESULT = '#search-results [data-search-result]';

function installProbes(resultSelector) {
  const timing = {};
  Object.defineProperty(window, '__searchTiming', { value: timing });
  addEventListener('keydown', () => (timing.firstKey ??= performance.now()), true);
  new MutationObserver((_, observer) => {
    if (document.querySelector(resultSelector)) {
      timing.firstResult = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Types `query` into #search-page-input at `keyDelayMs` between keys. Returns `measured: false`
 * with the reason when no [data-search-result] appears within `timeoutMs`.
 */
export async function measureSearch(browser, server, { query = 'quantization', keyDelayMs = 100, timeoutMs = 10_000 } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(installProbes, RESULT);
  const page = await context.newPage();
  await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
  await settle(server);
  const mark = await transferCount(server);
  const input = page.locator('#search-page-input');
  try {
    await input.focus();
    await input.pressSequentially(query, { delay: keyDelayMs });
    await page.waitForFunction(() => window.__searchTiming.firstResult !== undefined, null, { timeout: timeoutMs });
  } catch (error) {
    await context.close();
    const reason = error.name === 'TimeoutError' ? `no ${RESULT} appeared within ${timeoutMs / 1000} s of typing` : error.message.split('\n')[0];
    return { measured: false, query, keyDelayMs, reason };
  }
  await settle(server);
  const timing = await page.evaluate(() => window.__searchTiming);
  const results = await page.locator(RESULT).count();
  await context.close();
  const fetched = summarise(await transfersSince(server, mark));
  return { measured: true, query, keyDelayMs, firstResultMs: timing.firstResult - timing.firstKey, results, requests: fetched.requests, bytes: fetched.bytes.total };
}
