import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageOfItsOwn, useBrowser } from '../support/browser';
import { htmlPages, readPage } from '../support/dist';
import { PAGE_TYPES } from '../support/pages';
import { PARALLEL_PAGES, pool, type Pool } from '../support/pool';

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

/** A table wider than its column scrolls inside its region; where it does, its row labels stay at the left once scrolled. */
async function rowLabelsAfterScrolling(page: Page): Promise<number[]> {
  const offsets: number[] = [];
  for (const region of await page.locator('.comparison .table-scroll').all()) {
    if (!(await region.evaluate((el) => el.scrollWidth > el.clientWidth))) continue;
    offsets.push(
      await region.evaluate((el) => {
        el.scrollTo({ left: el.scrollWidth, behavior: 'instant' });
        const label = el.querySelector('tbody th');
        return Math.abs((label?.getBoundingClientRect().left ?? Infinity) - el.getBoundingClientRect().left);
      }),
    );
  }
  return offsets;
}

/** On a phone: what keeps a row from reading as its label with its values, each named after its column. */
const stackedRowProblems = (page: Page) =>
  page.evaluate((selector) => {
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
          if (c.left < box.left - 1 || c.right > box.right + 1 || c.right > innerWidth) found.push(`"${name}": a cell is outside its table (${c.left}–${c.right})`);
          if (c.top < l.bottom - 1) found.push(`"${name}": a cell sits beside its label, not under it`);
          const before = getComputedStyle(cell, '::before').content;
          const column = cell.getAttribute('data-label');
          if (!column || !before.includes(column)) found.push(`"${name}": a cell without its column's name (${before})`);
        }
      }
    }
    return found;
  }, TABLES);

/** On paper: what keeps a table from printing whole, with its header row on each page. */
const printProblems = (page: Page) =>
  page.evaluate((selector) => {
    const found: string[] = [];
    for (const table of document.querySelectorAll(selector)) {
      const wrap = table.parentElement as HTMLElement;
      if (wrap.scrollHeight > wrap.clientHeight + 1 || wrap.scrollWidth > wrap.clientWidth + 1) found.push(`${wrap.className} clips its table`);
      if (getComputedStyle(wrap).overflowX !== 'visible') found.push(`${wrap.className} is a scroll box on paper`);
      const head = table.querySelector('thead');
      if (head && getComputedStyle(head).display !== 'table-header-group') found.push('the header row does not repeat');
      for (const row of table.querySelectorAll('tr')) {
        if (row.getBoundingClientRect().height === 0 && !(row.closest('thead') && !head?.checkVisibility())) found.push(`a row is not printed: ${row.textContent?.slice(0, 30)}`);
      }
    }
    return found;
  }, TABLES);

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
});

// Each page is loaded once and seen at each width, then on paper: the layout is CSS alone. That no
// page scrolls sideways at 320 px is checked on every page by tests/e2e/every-page.test.ts.
describe.concurrent('tables at 1280 and 700 px sit in no box that scrolls vertically and keep row labels in view when scrolled sideways; on a 360 px phone each row is its label with its values, each named after its column; on paper they print whole', () => {
  let pages: Pool<Page>;
  beforeAll(async () => {
    pages = pool(await Promise.all(Array.from({ length: PARALLEL_PAGES }, () => pageOfItsOwn(browser(), undefined, { viewport: { width: 1280, height: 800 } }))));
  });

  for (const path of TABLE_PAGES) {
    it(path, ({ expect }) =>
      pages.use(async (page) => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ media: 'screen' });
        await page.goto(`${base}${path}`);
        for (const width of [1280, 700]) {
          await page.setViewportSize({ width, height: 800 });
          expect.soft(await verticalScrollBoxes(page), `boxes that scroll vertically at ${width} px`).toEqual([]);
          for (const offset of await rowLabelsAfterScrolling(page)) expect.soft(offset, `row label after scrolling sideways at ${width} px`).toBeLessThanOrEqual(2);
        }
        await page.setViewportSize({ width: 360, height: 740 });
        expect.soft(await verticalScrollBoxes(page), 'boxes that scroll vertically at 360 px').toEqual([]);
        expect.soft(await stackedRowProblems(page), 'rows at 360 px').toEqual([]);
        await page.setViewportSize({ width: 800, height: 1000 });
        await page.emulateMedia({ media: 'print' });
        expect.soft(await printProblems(page), 'on paper').toEqual([]);
      }),
    );
  }
});
