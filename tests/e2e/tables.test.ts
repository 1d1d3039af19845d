import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { htmlPages, readPage } from '../support/dist';
import { PAGE_TYPES } from '../support/pages';

// Comparison and Markdown tables as a reader sees them: no box that scrolls up and down at any
// width, every row's label beside its values on a phone, and the whole table on paper.
const base = inject('baseUrl');
const browser = useBrowser();
/**
 * Every page with a table of the site's own (the tools' tables are the tools' business), except
 * that the model pages, which share one template, are represented by two of them.
 */
const TABLE_PAGES = htmlPages()
  .filter((p) => /<table class="stack"/.test(readPage(p.file)))
  .map((p) => p.path)
  .filter((path) => !/^\/models\/[^/]+\/$/.test(path) || path === PAGE_TYPES.model || path === PAGE_TYPES['model with many sizes'])
  // The comparison page shows its table once releases are chosen.
  .map((path) => (path === '/models/compare/' ? PAGE_TYPES.compare : path));
const TABLES = '.comparison table, .md-table table';

/** Ancestors of a table, up to the page, that scroll (or clip) vertically. */
const verticalScrollBoxes = (page: Page) =>
  page.evaluate((selector) => {
    const found: string[] = [];
    for (const table of document.querySelectorAll(selector)) {
      for (let el = table.parentElement; el && el !== document.body; el = el.parentElement) {
        if (getComputedStyle(el).overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1)
          found.push(`${el.className} ${el.scrollHeight}/${el.clientHeight}`);
      }
    }
    return found;
  }, TABLES);

/** Opens every table page in turn at this size (and medium) and runs `check` on it. */
async function onEveryTablePage(viewport: { width: number; height: number }, check: (page: Page, path: string) => Promise<void>, media?: 'print') {
  const context = await browser().newContext({ viewport });
  const page = await context.newPage();
  if (media) await page.emulateMedia({ media });
  for (const path of TABLE_PAGES) {
    await page.goto(`${base}${path}`);
    await check(page, path);
  }
  await context.close();
}

describe('tables', () => {
  it('are on the pages the tests visit', () => {
    expect(TABLE_PAGES).toEqual(
      expect.arrayContaining([
        '/',
        '/articles/open-source-ai-definition/',
        '/articles/model-families/',
        '/articles/quantization/',
        '/faq/open-weights-vs-open-source-difference/',
      ]),
    );
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 700, height: 800 },
  ]) {
    it(`at ${viewport.width} px sit in no box that scrolls vertically, and keep row labels in view when they scroll sideways`, async () => {
      await onEveryTablePage(viewport, async (page, path) => {
        expect(await verticalScrollBoxes(page), path).toEqual([]);
        // A table wider than its column scrolls inside its region; its row labels stay at the left.
        for (const region of await page.locator('.comparison .table-scroll').all()) {
          if (!(await region.evaluate((el) => el.scrollWidth > el.clientWidth))) continue;
          await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
          const [left, label] = await Promise.all([
            region.evaluate((el) => el.getBoundingClientRect().left),
            region
              .locator('tbody th')
              .first()
              .evaluate((el) => el.getBoundingClientRect().left),
          ]);
          expect(Math.abs(label - left), `${path}: row label after scrolling sideways`).toBeLessThanOrEqual(2);
        }
      });
    });
  }

  it('on a 360 px phone show each row as its label with its values, each named after its column', async () => {
    await onEveryTablePage({ width: 360, height: 740 }, async (page, path) => {
      expect(await verticalScrollBoxes(page), path).toEqual([]);
      const problems = await page.evaluate((selector) => {
        const found: string[] = [];
        for (const table of document.querySelectorAll(selector)) {
          if (!table.checkVisibility()) continue;
          const box = table.getBoundingClientRect();
          for (const row of table.querySelectorAll('tbody tr')) {
            const [label, ...cells] = [...row.children].filter((c) => c.checkVisibility());
            if (!label) continue;
            const name = label.textContent?.trim().slice(0, 30);
            const l = label.getBoundingClientRect();
            if (l.left < 0 || l.right > innerWidth) found.push(`label "${name}" is outside the window (${l.left}–${l.right})`);
            for (const cell of cells) {
              const c = cell.getBoundingClientRect();
              if (c.left < box.left - 1 || c.right > box.right + 1 || c.right > innerWidth)
                found.push(`"${name}": a cell is outside its table (${c.left}–${c.right})`);
              if (c.top < l.bottom - 1) found.push(`"${name}": a cell sits beside its label, not under it`);
              const before = getComputedStyle(cell, '::before').content;
              const column = cell.getAttribute('data-label');
              if (!column || !before.includes(column)) found.push(`"${name}": a cell without its column's name (${before})`);
            }
          }
        }
        return found;
      }, TABLES);
      expect(problems, path).toEqual([]);
    });
  });

  it('never make the page scroll sideways at 320 px', async () => {
    await onEveryTablePage({ width: 320, height: 640 }, async (page, path) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    });
  });

  it('print whole: every row, no column cut off, the header row repeated on each page', async () => {
    await onEveryTablePage(
      { width: 800, height: 1000 },
      async (page, path) => {
        const problems = await page.evaluate((selector) => {
          const found: string[] = [];
          for (const table of document.querySelectorAll(selector)) {
            const wrap = table.parentElement as HTMLElement;
            if (wrap.scrollHeight > wrap.clientHeight + 1 || wrap.scrollWidth > wrap.clientWidth + 1) found.push(`${wrap.className} clips its table`);
            if (getComputedStyle(wrap).overflowX !== 'visible') found.push(`${wrap.className} is a scroll box on paper`);
            const head = table.querySelector('thead');
            if (head && getComputedStyle(head).display !== 'table-header-group') found.push('the header row does not repeat');
            for (const row of table.querySelectorAll('tr')) {
              if (row.getBoundingClientRect().height === 0 && !(row.closest('thead') && !head?.checkVisibility()))
                found.push(`a row is not printed: ${row.textContent?.slice(0, 30)}`);
            }
          }
          return found;
        }, TABLES);
        expect(problems, path).toEqual([]);
      },
      'print',
    );
  });
});
