import type { Page } from 'playwright-core';

/**
 * Asks a search page that is already open for `query` (and a type filter) through its address:
 * the page answers an address change on Back and Forward (a popstate) with the code that answers
 * it on a visit, so the search engine loads once per page instead of once per query. Returns the
 * result links in order, as the page has them. Visits to /search/?q= are tested in search.test.ts.
 */
export async function askSearchPage(page: Page, query: string, type?: string): Promise<string[]> {
  await page.evaluate(
    ([q, t]) => {
      // Emptied first: the page writes its status once the query is answered, even when unchanged.
      document.getElementById('search-status')!.textContent = '';
      history.pushState(null, '', `/search/?q=${encodeURIComponent(q)}${t ? `&type=${t}` : ''}`);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    [query, type ?? ''] as const,
  );
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  return resultLinks(page);
}

/** The result links the search page shows, in order. */
export const resultLinks = (page: Page): Promise<string[]> => page.$$eval('[data-search-result] .search-title', (links) => links.map((a) => a.getAttribute('href') ?? ''));

/** A link without its query (?highlight=…), as a page's address. */
export const withoutQuery = (href: string) => href.replace(/\?.*$/, '');
