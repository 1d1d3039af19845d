import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { axeInBothThemes } from '../support/axe';
import { useBrowser } from '../support/browser';

// Glossary previews as a reader meets them: opened by pointing, by keyboard focus and by a tap,
// for the terms nearest the left and right edges, in the middle of the window and near its bottom.
const base = inject('baseUrl');
const browser = useBrowser();
const ARTICLE = '/articles/what-are-open-weights/';
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 700, height: 800 },
  { width: 1280, height: 800 },
];

/** The preview a link describes itself with. */
const previewOf = async (page: Page, link: Locator) => page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);

/** The terms whose link starts furthest left and ends furthest right. */
async function edgeTerms(page: Page): Promise<Locator[]> {
  const boxes = await page
    .locator('article .term > a')
    .evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
  const left = boxes.reduce((best, b, i) => (b.left < (boxes[best]?.left ?? Infinity) ? i : best), 0);
  const right = boxes.reduce((best, b, i) => (b.right > (boxes[best]?.right ?? -Infinity) ? i : best), 0);
  return [left, right].map((i) => page.locator('article .term > a').nth(i));
}

/** Scrolls so that the link sits in the middle of the window, or with its bottom 12 px above the window's. */
async function place(link: Locator, where: 'middle' | 'bottom'): Promise<void> {
  await link.evaluate((a, at) => {
    const r = a.getBoundingClientRect();
    // Instant: once something has focus, the page scrolls smoothly (global.css).
    scrollBy({
      top: at === 'middle' ? r.top - innerHeight / 2 : r.bottom - (innerHeight - 12),
      behavior: 'instant',
    });
  }, where);
}

/** The link's preview, which must be shown and wholly inside the window, with no sideways scroll. */
async function expectPreviewInView(page: Page, link: Locator, what: string): Promise<void> {
  const tip = await previewOf(page, link);
  expect(await tip.isVisible(), `${what}: preview shown`).toBe(true);
  const box = await tip.boundingBox();
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  expect(box, what).not.toBeNull();
  if (!box) return;
  expect(
    {
      left: box.x >= 0,
      top: box.y >= 0,
      right: box.x + box.width <= width,
      bottom: box.y + box.height <= height,
    },
    `${what}: ${JSON.stringify(box)}`,
  ).toEqual({
    left: true,
    top: true,
    right: true,
    bottom: true,
  });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    `${what}: sideways scroll`,
  ).toBeLessThanOrEqual(0);
}

/**
 * Opens the article, then for the left-most and right-most terms, each in the middle of the window
 * and near its bottom: `open`, check that the preview is inside the window, `close`. The page is
 * left open for more.
 */
async function openEach(options: BrowserContextOptions, open: (link: Locator) => Promise<unknown>, close: (link: Locator, page: Page) => Promise<unknown>) {
  const context = await browser().newContext(options);
  const page = await context.newPage();
  await page.goto(`${base}${ARTICLE}`);
  const [left, right] = await edgeTerms(page);
  if (!left || !right) throw new Error(`${ARTICLE} has no glossary links`);
  for (const [name, link] of [
    ['left-most', left],
    ['right-most', right],
  ] as const) {
    for (const where of ['middle', 'bottom'] as const) {
      await place(link, where);
      await open(link);
      await expectPreviewInView(page, link, `${name} term, ${where}`);
      await close(link, page);
    }
  }
  return { context, page, left, right };
}

/** A page opened on a 360 x 740 touch screen. */
async function onPhone(path: string, options: BrowserContextOptions = {}) {
  const context = await browser().newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, ...options });
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  return { context, page };
}

describe('glossary previews stay inside the window', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`${size}: opened by pointing`, async () => {
      const { context } = await openEach(
        { viewport },
        (link) => link.hover(),
        (_link, page) => page.mouse.move(0, 0),
      );
      await context.close();
    });

    it(`${size}: opened by keyboard focus, and hidden by Escape`, async () => {
      const { context } = await openEach(
        { viewport },
        // Escape hides previews until the reader focuses or points at a term again: blur first.
        (link) => link.evaluate((a: HTMLElement) => (a.blur(), a.focus({ preventScroll: true }))),
        async (link, page) => {
          await page.keyboard.press('Escape');
          expect(await (await previewOf(page, link)).isVisible(), 'after Escape').toBe(false);
        },
      );
      await context.close();
    });

    it(`${size}: opened by a first tap, which does not leave the page; a second tap opens the term`, async () => {
      const { context, page, left, right } = await openEach(
        { viewport, hasTouch: true },
        async (link) => {
          await link.tap();
          await link.page().waitForTimeout(100);
          expect(new URL(link.page().url()).pathname, 'after the first tap').toBe(ARTICLE);
        },
        async (link, page) => {
          const tip = await previewOf(page, link);
          expect(await tip.getByRole('link', { name: 'Read the full entry' }).getAttribute('href')).toBe(`${base}${await link.getAttribute('href')}`);
          // A tap elsewhere closes it.
          await page.locator('article h1').tap();
          expect(await tip.isVisible(), 'after a tap elsewhere').toBe(false);
        },
      );
      // First tap previews, second follows the link.
      const href = (await left.getAttribute('href')) ?? '';
      await place(left, 'middle');
      await left.tap();
      await page.waitForTimeout(100);
      expect(new URL(page.url()).pathname).toBe(ARTICLE);
      await left.tap();
      await page.waitForURL((url) => url.pathname === href);
      // The preview's own link goes there too.
      await page.goBack();
      await page.waitForURL((url) => url.pathname === ARTICLE);
      const otherHref = (await right.getAttribute('href')) ?? '';
      await right.tap();
      await (await previewOf(page, right)).getByRole('link', { name: 'Read the full entry' }).tap();
      await page.waitForURL((url) => url.pathname === otherHref);
      await context.close();
    });
  }

  it('a tap shows no preview without JavaScript: the term page opens', async () => {
    const { context, page } = await onPhone(ARTICLE, { javaScriptEnabled: false });
    const link = page.locator('article .term > a').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.tap();
    await page.waitForURL((url) => url.pathname === href);
    await context.close();
  });

  it('Escape closes a preview opened by a tap', async () => {
    const { context, page } = await onPhone(ARTICLE);
    const link = page.locator('article .term > a').nth(1);
    await link.tap();
    const tip = await previewOf(page, link);
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await context.close();
  });
});

describe('glossary links', () => {
  it('look unlike other links in both themes, and not by colour alone: a dotted underline', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${base}${ARTICLE}`);
      const style = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((a) => {
            const s = getComputedStyle(a);
            return {
              line: s.textDecorationLine,
              style: s.textDecorationStyle,
              color: s.color,
            };
          });
      const term = await style('article .term > a');
      const link = await style('article .prose a:not(.term > a, .heading-anchor, .model-link)');
      expect(term.line, colorScheme).toBe('underline');
      expect(term.style, colorScheme).toBe('dotted');
      expect(link.style, colorScheme).toBe('solid');
      expect(term.color, colorScheme).not.toBe(link.color);
      await context.close();
    }
  });
});

describe('on a phone, with a preview open and the tables as cards', () => {
  it('axe finds nothing, in the dark theme and (colour rules) in the light', async () => {
    const { context, page } = await onPhone('/articles/openness-spectrum/', { colorScheme: 'dark' });
    await page.locator('article .term > a').nth(3).tap();
    expect(await axeInBothThemes(page)).toEqual({ dark: [], light: [] });
    await context.close();
  });
});
