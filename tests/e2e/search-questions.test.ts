import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_KEY_RESULTS } from '@/client/search/engine';
import { pageOfItsOwn, useBrowser } from '../support/browser';
import { PARALLEL_PAGES, pool, type Pool } from '../support/pool';
import { QUESTIONS } from '../support/search-questions';
import { askSearchPage, withoutQuery } from '../support/search-page';

const base = inject('baseUrl');
const browser = useBrowser();

/**
 * Types a query into the header dialog (already open) and returns the pages it lists, in order, as
 * soon as it answers: the first results at once when typing starts, or the whole list once typing
 * pauses (when the query replaces one typed a moment before).
 */
async function inDialog(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-dialog-input').fill(query);
  const shown = query.replace(/\s+/g, ' ').trim();
  await page.waitForFunction((q) => (document.getElementById('search-dialog-status')?.textContent ?? '').includes(`“${q}”`), shown);
  return page.$$eval('#search-dialog-list .search-option:not(.search-option-section)', (options) => options.map((o) => (o as HTMLElement).dataset['url'] ?? ''));
}

/** The marks a landing page shows whose neighbouring characters are letters or digits. */
async function marksInsideWords(page: Page, href: string): Promise<string[]> {
  await page.goto(`${base}${href}`);
  await highlighted(page);
  return page.locator('[data-pagefind-body] mark').evaluateAll((marks) =>
    marks
      .map((m) => `${m.previousSibling?.textContent?.slice(-1) ?? ''}[${m.textContent ?? ''}]${m.nextSibling?.textContent?.slice(0, 1) ?? ''}`)
      .filter((m) => /[\p{L}\p{N}]\[|\][\p{L}\p{N}]/u.test(m)),
  );
}

/**
 * Waits until a page opened from a result has marked the searched words. Its landing script takes
 * the highlight parameters out of the address, then imports the highlighter and marks the words as
 * soon as the import resolves; an import of the same module made after that resolves after it.
 * (A string, so that Vite leaves this import() alone: it runs in the page, not in Node.)
 */
async function highlighted(page: Page): Promise<void> {
  await page.waitForFunction(() => !location.search.includes('highlight='));
  await page.evaluate(`import('/pagefind/pagefind-highlight.js').then(() => undefined)`);
}

function expectAnswerInTop3(query: string, links: string[], answers: string[]): string {
  const top = links.slice(0, 3);
  const hit = top.find((href) => answers.includes(withoutQuery(href)));
  expect(hit, `"${query}": top 3 were ${top.map(withoutQuery).join(', ') || 'nothing'}`).toBeDefined();
  return hit as string;
}

// The questions are independent: a few pages answer them at the same time (tests/support/pool.ts).
describe.concurrent('readers’ questions find their answers on the search page, and the page opened marks whole words', () => {
  let pages: Pool<{ page: Page; landing: Page }>;
  beforeAll(async () => {
    pages = pool(
      await Promise.all(
        Array.from({ length: PARALLEL_PAGES }, async () => ({ page: await pageOfItsOwn(browser(), `${base}/search/`), landing: await pageOfItsOwn(browser()) })),
      ),
    );
  });

  for (const [query, answers] of QUESTIONS) {
    it(`"${query}"`, () =>
      pages.use(async ({ page, landing }) => {
        const hit = expectAnswerInTop3(query, await askSearchPage(page, query), answers);
        expect(await marksInsideWords(landing, hit), `marks inside words on ${hit}`).toEqual([]);
      }));
  }

  it.each(['aaaa', 'x', 'what is the'])('returns nothing for "%s" rather than everything', (query) =>
    pages.use(async ({ page }) => {
      await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
      // Answered when the status says so; one letter is nothing to search for, settled once the engine has loaded.
      if (query.length > 1) await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
      else await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-search-result]').count()).toBe(0);
      expect((await page.locator('#search-status').textContent()) ?? '').not.toMatch(/^\d+ results?/);
    }),
  );

  it('says what it searched instead when a misspelt name found nothing', () =>
    pages.use(async ({ page }) => {
      await askSearchPage(page, 'lama licence');
      expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results for “llama license”.* \(you typed “lama licence”\)\.$/);
    }));
});

describe.concurrent('readers’ questions find their answers in the header dialog', () => {
  let dialogs: Pool<Page>;
  beforeAll(async () => {
    dialogs = pool(
      await Promise.all(
        Array.from({ length: PARALLEL_PAGES }, async () => {
          const page = await pageOfItsOwn(browser(), `${base}/articles/what-are-open-weights/`);
          await page.keyboard.press('/');
          await page.locator('#search-dialog-input').waitFor({ state: 'visible' });
          return page;
        }),
      ),
    );
  });

  for (const [query, answers] of QUESTIONS) {
    it(`"${query}"`, () => dialogs.use(async (page) => void expectAnswerInTop3(query, await inDialog(page, query), answers)));
  }

  it('shows an excerpt under each page it lists', () => dialogs.use(async (page) => {
    await inDialog(page, 'open weights vs open source');
    // The whole list: the first key's few results are followed by the rest when typing pauses.
    await page.waitForFunction((firstKey) => !(document.getElementById('search-dialog-status')?.textContent ?? '').includes(`showing the first ${firstKey}`), FIRST_KEY_RESULTS);
    const pages = page.locator('#search-dialog-list .search-option:not(.search-option-section)');
    const excerpts = page.locator('#search-dialog-list .search-option:not(.search-option-section) .search-option-excerpt');
    expect(await pages.count()).toBeGreaterThan(2);
    expect(await excerpts.count()).toBe(await pages.count());
  }));
});
