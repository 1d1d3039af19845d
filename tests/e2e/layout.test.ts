import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { PAGE_TYPES } from '../support/pages';

const base = inject('baseUrl');
const browser = useBrowser();

const SCREENS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'tablet', width: 700, height: 800 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const ARTICLES = readdirSync(new URL('../../content/articles/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => `/articles/${f.replace(/\.mdx$/, '')}/`);

/** Smallest tap target the site allows, in CSS pixels. */
const TAP = 44;

describe.each(SCREENS)('what a reader sees first at $width × $height', ({ width, height }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width, height } });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('a header of one row, its controls at least 44 px', async () => {
    await page.goto(`${base}${PAGE_TYPES.article}`);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height, 'header height').toBeLessThanOrEqual(72);
    const controls = await page.locator('.site-header :is(button, summary, .nav-link)').evaluateAll((els) =>
      els.filter((e) => e.checkVisibility()).map((e) => ({ name: e.textContent?.trim() ?? '', ...e.getBoundingClientRect().toJSON() })),
    );
    expect(controls.length).toBeGreaterThan(1);
    for (const c of controls) {
      expect(c.height, `${c.name} height`).toBeGreaterThanOrEqual(TAP);
      expect(c.bottom, `${c.name} inside the header`).toBeLessThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
    }
  });

  it('the home page’s three ways in are on the first screen', async () => {
    await page.goto(base);
    const ways = await page.locator('.way').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
    expect(ways).toHaveLength(3);
    for (const bottom of ways) expect(bottom).toBeLessThanOrEqual(height);
  });

  it('where the article sits in the reading order, and what comes next', async () => {
    await page.goto(`${base}/articles/quantization/`);
    await expect.poll(() => page.locator('.reading-place').textContent()).toMatch(new RegExp(`^Article \\d+ of ${ARTICLES.length}$`));
    expect(await page.locator('.reading-place').isVisible()).toBe(true);
    const next = width >= 1024 ? page.locator('.reading-next a') : page.getByRole('navigation', { name: 'Previous and next article' }).getByRole('link', { name: /Next article/ });
    expect(await next.isVisible()).toBe(true);
  });
});

// Each article is loaded once and seen at each size in turn: the layout is CSS alone.
it('every article’s first paragraph starts on the first screen, at each size', async () => {
  const context = await browser().newContext({ viewport: { width: SCREENS[0].width, height: SCREENS[0].height } });
  const page = await context.newPage();
  for (const path of ARTICLES) {
    await page.goto(`${base}${path}`);
    for (const { width, height } of SCREENS) {
      await page.setViewportSize({ width, height });
      const top = await page.locator('.prose-article > p').first().evaluate((p) => p.getBoundingClientRect().top);
      expect(top, `${path} at ${width} × ${height}`).toBeLessThan(height - 40);
    }
  }
  await context.close();
});

describe('the contents list', () => {
  it('is closed above the text on a phone, and opens to a tap', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/articles/quantization/`);
    const toc = page.locator('details.toc');
    expect(await toc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await toc.getByRole('link').first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await toc.getByRole('link').first().isVisible()).toBe(true);
    await context.close();
  });

  it('is open beside the text on a wide screen and marks the section being read', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/articles/quantization/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.getByRole('link').first().isVisible()).toBe(true);
    const third = toc.getByRole('link').nth(2);
    const id = ((await third.getAttribute('href')) ?? '').slice(1);
    await page.locator(`[id="${id}"]`).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 40));
    await expect.poll(() => toc.locator('a[aria-current="location"]').getAttribute('href')).toBe(`#${id}`);
    expect(await toc.locator('a[aria-current]').count()).toBe(1);
    await context.close();
  });
});

describe('the menu on narrow screens', () => {
  it('opens, lists every section with 44 px targets, and closes with Escape', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/glossary/`);
    const menu = page.getByRole('navigation', { name: 'Main' });
    expect(await menu.isVisible()).toBe(false);
    await page.locator('.nav-menu > summary').click();
    const links = menu.getByRole('link');
    expect(await links.allTextContents()).toEqual(['Articles', 'Glossary', 'FAQ', 'Models', 'Tools']);
    for (const box of await links.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      expect(box.height).toBeGreaterThanOrEqual(TAP);
      expect(box.right).toBeLessThanOrEqual(360);
    }
    expect(await menu.getByRole('link', { name: 'Glossary' }).getAttribute('aria-current')).toBe('page');
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    await context.close();
  });

  it('opens search from the search button', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/glossary/`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog', { name: 'Search the site' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await context.close();
  });
});

describe('print', () => {
  it('leaves out the header, menus, contents and footer, and prints where links go', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/articles/quantization/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', 'body > footer', 'details.toc', 'nav[aria-label="Breadcrumb"]', '.prev-next']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('.sources a')).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https:/);
    expect(await page.locator('.prose-article > p').first().isVisible()).toBe(true);
    await context.close();
  });
});
