import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { PAGE_TYPES } from '../support/pages';

const base = inject('baseUrl');
const browser = useBrowser();

describe('navigation', () => {
  it('goes from the home page to each section through the main navigation', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(base);
    for (const [label, heading] of [
      ['Articles', 'Articles'],
      ['Glossary', 'Glossary'],
      ['FAQ', 'Frequently asked questions'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).getAttribute('aria-current')).toBe('page');
    }
    await context.close();
  });

  it('moves through articles with previous and next links', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/articles/what-are-open-weights/`);
    await page.getByRole('navigation', { name: 'Previous and next article' }).getByRole('link', { name: /Next article/ }).click();
    await page.waitForURL(/\/articles\/open-weights-vs-open-source\/$/);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Articles' }).click();
    await page.waitForURL(/\/articles\/$/);
    await context.close();
  });

  it('jumps to a section from the table of contents', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}${PAGE_TYPES.article}`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const link = toc.getByRole('link').nth(2);
    const hash = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForURL((url) => url.hash === hash);
    const heading = page.locator(hash);
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    await context.close();
  });

  it('spaces article headings like prose: the text after a heading starts one heading margin below it', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}${PAGE_TYPES.article}`);
    const gaps = await page.locator('.prose h2, .prose h3').evaluateAll((headings) =>
      headings.map((heading) => {
        const row = heading.closest('.heading-wrap') ?? heading;
        const next = row.nextElementSibling as HTMLElement;
        const above = row.previousElementSibling as HTMLElement;
        const fontSize = parseFloat(getComputedStyle(heading).fontSize);
        return {
          below: (next.getBoundingClientRect().top - heading.getBoundingClientRect().bottom) / fontSize,
          above: (heading.getBoundingClientRect().top - above.getBoundingClientRect().bottom) / fontSize,
        };
      }),
    );
    expect(gaps.length).toBeGreaterThan(3);
    // The prose styles give headings at most 2 em above and 1.1 em below; margins that added up
    // instead of collapsing gave about 2.7 em and 1.9 em.
    for (const { above, below } of gaps) {
      expect(above).toBeLessThanOrEqual(2.05);
      expect(below).toBeLessThanOrEqual(1.1);
    }
    await context.close();
  });

  it('puts the skip link first and moves focus to the content', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}${PAGE_TYPES.article}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('answers an unknown URL with the 404 page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const response = await page.goto(`${base}/articles/does-not-exist/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This page is not here');
    await context.close();
  });
});

describe('themes', () => {
  it('follows the system theme, and the toggle choice persists across pages and reloads', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(base);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.goto(`${base}${PAGE_TYPES.article}`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('sets the theme before the first paint (no flash)', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const page = await context.newPage();
    // Record the theme at the moment the body first exists, before any paint of content.
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset['theme'] ?? 'unset';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(base);
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
    await context.close();
  });
});

// Every page, in tests/e2e/every-page.test.ts: console errors, CSP violations, other origins, 320 px,
// and no script file on first load where the page has none of its own. Tables: tests/e2e/tables.test.ts.
