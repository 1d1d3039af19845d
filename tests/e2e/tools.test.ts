import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { axeInBothThemes } from '../support/axe';
import { useBrowser, watchedPage } from '../support/browser';
import { TOOLS, type ToolSlug } from '@/lib/tools/catalog';
import { urls } from '@/lib/urls';

const base = inject('baseUrl');
const browser = useBrowser();

/** Each article that embeds a tool, and the tool, as the tool catalogue lists them. */
const TOOL_ARTICLES: Record<string, ToolSlug> = Object.fromEntries(TOOLS.flatMap((tool) => tool.articles.map((slug) => [urls.article(slug), tool.slug])));

/** A page that records every script it requests. */
async function scriptWatch(context: BrowserContext): Promise<{ page: Page; scripts: string[] }> {
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  return { page, scripts };
}

/** Presses Tab until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');

async function openTool(page: Page, path: string): Promise<void> {
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-tool][data-ready]');
}

/** The text of the elements an input's aria-describedby points at. */
const description = (input: Locator) =>
  input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
      .join(' | '),
  );

// Each test has a context of its own: a few run at the same time.
describe.concurrent('lazy loading', () => {
  for (const [path, tool] of Object.entries(TOOL_ARTICLES)) {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 320, height: 640 },
    ]) {
      it(`${path} at ${viewport.width} px: no script on first load, the tool's module once it scrolls into view`, async () => {
        const context = await browser().newContext({ viewport });
        const { page, scripts } = await scriptWatch(context);
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
        expect(scripts).toEqual([]);
        expect(await page.locator(`[data-tool="${tool}"]`).getAttribute('data-js')).toBe('');
        await page.locator(`[data-tool="${tool}"]`).scrollIntoViewIfNeeded();
        await page.waitForSelector(`[data-tool="${tool}"][data-ready]`);
        const own = scripts.filter((s) => !s.includes('tool-dom'));
        expect(own).toHaveLength(1);
        expect(own[0]).toMatch(/^\/_astro\/[A-Za-z]+Script\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
        expect(own[0]?.toLowerCase()).toContain(tool.replace('-', ''));
        await context.close();
      });
    }
  }

  it('loads the code when the reader focuses a control, before the tool is on screen', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, scripts } = await scriptWatch(context);
    await page.goto(`${base}/articles/reading-a-model-license/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    const radio = page.getByRole('radio', { name: 'Permissive: Apache 2.0 or MIT' });
    expect(await radio.evaluate((el) => el.getBoundingClientRect().top > innerHeight + 200)).toBe(true);
    await radio.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await page.waitForSelector('[data-tool="license-checker"][data-ready]');
    expect(scripts.some((s) => s.includes('LicenseCheckerScript'))).toBe(true);
    expect(await radio.evaluate((el) => el.getBoundingClientRect().top > innerHeight)).toBe(true);
    await context.close();
  });

  it('says so when the code cannot load, and keeps the worked example', async ({ expect }) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${base}/tools/memory-calculator/`);
    const note = page.getByText('The interactive part did not load; the explanation above still applies.');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await page.locator('[data-tool][data-ready]').count()).toBe(0);
    expect(await page.locator('[data-out="verdict"]').textContent()).toContain('6.6 GB of your 16 GB');
    await context.close();
  });

  // Pages without a tool request no script even when read to the end: tests/e2e/every-page.test.ts.
});

describe('without JavaScript', () => {
  it('every tool shows its explanation and worked example, and hides controls that would do nothing', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto(`${base}/tools/memory-calculator/`);
    expect(await page.getByLabel('Parameters').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: /Weights in three formats/ }).isVisible()).toBe(true);
    expect(await page.locator('[data-out="verdict"]').textContent()).toContain('6.6 GB of your 16 GB');
    expect(await page.getByRole('img', { name: /^Bar chart\. Needed: 6\.6 GB/ }).isVisible()).toBe(true);

    await page.goto(`${base}/tools/license-checker/`);
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByText('This is not legal advice.').isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: /Each part of a plan/ }).getByRole('row').count()).toBe(7);

    await page.goto(`${base}/tools/openness-explorer/`);
    expect(await page.getByRole('radio').count()).toBe(0);
    for (const name of ['1. API only', '2. Weights, restrictive license', '3. Weights, permissive license', '4. Weights + code + data disclosed', '5. Fully open']) {
      expect(await page.getByRole('heading', { name }).isVisible()).toBe(true);
    }
    await context.close();
  });
});

describe('memory calculator', () => {
  it('works by keyboard alone and explains each kind of input next to the field', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await watchedPage(context, base);
    await openTool(page, '/tools/memory-calculator/');
    const verdict = page.locator('[data-out="verdict"]');
    const word = page.locator('[data-out="word"]');
    const params = page.getByLabel('Parameters');

    await tabTo(page, 'select[data-field="model"]');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowDown'); // Llama 3.1 8B -> Llama 2 13B
    await expect.poll(() => page.getByRole('combobox', { name: 'Model' }).inputValue()).toBe('llama-2-13b');
    expect(await params.inputValue()).toBe('13B');
    expect(await page.locator('[data-out="kv-detail"]').textContent()).toContain('2 × 40 layers × 40 KV heads × 128 numbers');

    await tabTo(page, 'input[data-field="parameters"]');
    for (const [typed, understood] of [
      ['70 b', 'Read as 70 billion parameters.'],
      ['1.5 billion', 'Read as 1.5 billion parameters.'],
      ['405B', 'Read as 405 billion parameters.'],
      ['7B', 'Read as 7 billion parameters.'],
    ] as const) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(typed);
      expect(await description(params)).toContain(understood);
      expect(await params.getAttribute('aria-invalid')).toBeNull();
    }
    expect(await page.getByRole('combobox', { name: 'Model' }).inputValue()).toBe('custom');
    expect(await page.locator('[data-out="layout-note"]').textContent()).toContain('Layout borrowed from Mistral 7B');

    for (const [typed, message] of [
      ['-5', 'The number of parameters has to be more than zero.'],
      ['0', 'The number of parameters has to be more than zero.'],
      ['seven', '“seven” is not a number of parameters.'],
      ['99T', 'beyond the calculator'],
    ] as const) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(typed);
      await page.keyboard.press('Tab');
      expect(await params.getAttribute('aria-invalid')).toBe('true');
      expect(await description(params)).toContain(message);
      expect(await verdict.textContent()).toBe('Correct the field marked above to update the result.');
      await page.keyboard.press('Shift+Tab');
    }

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('70B');
    await page.keyboard.press('Tab');
    expect(await params.getAttribute('aria-invalid')).toBeNull();
    // 70 billion × 4.89 ÷ 8 = 42.8 GB; cache with Llama 3.1 70B's layout at 8,192 tokens 2.7 GB; +10% = 50.0 GB
    expect(await page.locator('[data-out="total"]').textContent()).toBe('50.0 GB');
    expect(await word.textContent()).toBe('Does not fit');
    expect(await page.locator('[data-out="symbol"]').textContent()).toBe('✕');

    await tabTo(page, 'input[data-field="context"]');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('128k');
    expect(await description(page.getByLabel('Context length'))).toContain('Read as 131,072 tokens.');
    expect(await page.locator('[data-out="kv"]').textContent()).toBe('42.9 GB');

    await tabTo(page, 'input[data-field="memory"]');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('512 GB');
    await page.keyboard.press('Tab');
    expect(await word.textContent()).toBe('Fits');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('lots');
    await page.keyboard.press('Tab');
    expect(await description(page.getByLabel('Your memory (optional)'))).toContain('“lots” is not an amount of memory.');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    expect(await word.textContent()).toBe('Total');
    expect(await page.getByRole('img', { name: /^Bar chart\./ }).getAttribute('aria-labelledby')).toBe('memory-calculator-chart-title');
    await expect.poll(() => page.locator('[data-tool] [role="status"]').first().textContent(), { timeout: 3000 }).toMatch(/^Total\. Needs about/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('suggests a format that fits when the model is too big', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await openTool(page, '/tools/memory-calculator/');
    await page.getByRole('combobox', { name: 'Precision of the weights' }).selectOption('f16');
    expect(await page.locator('[data-out="word"]').textContent()).toBe('Does not fit');
    expect(await page.locator('[data-out="suggestion"]').textContent()).toBe('In GGUF Q8_0 it would need 10.6 GB, which fits with room to spare.');
    await context.close();
  });
});

describe('license checker', () => {
  it('works by keyboard alone, lists what to check, and links only to pages that exist', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await watchedPage(context, base);
    await openTool(page, '/tools/license-checker/');
    const summary = page.locator('[data-out="summary"]');
    // The checker's words arrive as JSON once the tool loads.
    await page.waitForFunction(() => document.querySelector('[data-out="summary"]')?.textContent === 'Choose the kind of license to see what to check.');

    // Question 1: Tab lands on the first option; arrows move through the group and choose.
    await tabTo(page, 'input[type="radio"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'A custom or community license, such as Llama’s or Gemma’s' }).isChecked()).toBe(true);
    // Questions 2 to 7: "Yes" to each (Space chooses the focused option).
    for (let q = 2; q <= 7; q++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    expect(await summary.textContent()).toBe('7 points to check: 7 to read closely.');
    const items = page.getByRole('list').filter({ has: page.getByText('Size thresholds') }).getByRole('listitem');
    expect(await items.count()).toBe(7);
    // A large company is given the thresholds of the licenses the site covers, from content/licenses.
    const scale = items.filter({ hasText: 'Size thresholds' });
    expect(await scale.getByText('Read closely').isVisible()).toBe(true);
    expect(await scale.textContent()).toContain('more than 700 million monthly active users');

    const hrefs = await page.locator('[data-out="items"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(8);
    for (const href of new Set(hrefs)) {
      expect(href).toMatch(/^\/(glossary|faq)\/[a-z0-9-]+\/$/);
      expect((await page.request.get(`${base}${href}`)).status(), href).toBe(200);
    }

    await page.getByRole('radio', { name: 'Permissive: Apache 2.0 or MIT' }).check();
    expect(await summary.textContent()).toBe('7 points to check: 1 to read closely, 6 usually allowed.');
    await tabTo(page, 'button[data-action="reset"]');
    await page.keyboard.press('Enter');
    expect(await summary.textContent()).toBe('Choose the kind of license to see what to check.');
    expect(await focused(page)).toContain('type="radio"');
    expect(await page.getByText('This is not legal advice.').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('openness explorer', () => {
  it('works by keyboard alone and shows one point at a time, with its families', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await watchedPage(context, base);
    await openTool(page, '/tools/openness-explorer/');
    const visibleHeadings = () => page.locator('.point').filter({ visible: true }).getByRole('heading').allTextContents();
    expect(await visibleHeadings()).toEqual(['1. API only']);

    await tabTo(page, 'input[type="radio"]');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement?.nextElementSibling as Element).outlineStyle)).toBe('solid');
    await page.keyboard.press('ArrowRight');
    expect(await visibleHeadings()).toEqual(['2. Weights, restrictive license']);
    const point = page.locator('.point').filter({ visible: true });
    expect(await point.getByRole('link', { name: 'Llama' }).isVisible()).toBe(true);
    expect(await point.getByText('What you cannot do').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-tool] [role="status"]').textContent(), { timeout: 3000 }).toBe('Showing 2. Weights, restrictive license');

    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await visibleHeadings()).toEqual(['5. Fully open']);
    expect(await page.getByRole('radio', { name: 'Fully open' }).isChecked()).toBe(true);
    expect(await point.getByRole('link', { name: 'OLMo' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens at the point a link names', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/articles/openness-spectrum/#openness-explorer-permissive-weights`);
    await page.waitForSelector('[data-tool="openness-explorer"][data-ready]');
    expect(await page.locator('.point').filter({ visible: true }).getByRole('heading').allTextContents()).toEqual(['3. Weights, permissive license']);
    expect(await page.getByRole('radio', { name: 'Weights, permissive license' }).isChecked()).toBe(true);
    await context.close();
  });
});

describe('openness explorer in its article (lazyFacts)', () => {
  const ARTICLE = '/articles/openness-spectrum/';

  it('ships only the first point\'s facts, and fetches the others when it loads', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const html = await (await context.request.get(`${base}${ARTICLE}`)).text();
    expect(html.match(/class="facts"/g)).toHaveLength(1);

    const { page, errors } = await watchedPage(context, base);
    const factsRequest = page.waitForRequest((r) => r.url().endsWith('/tools/openness-explorer/facts.json'));
    await page.goto(`${base}${ARTICLE}#openness-explorer`, { waitUntil: 'networkidle' });
    await factsRequest;
    await page.waitForSelector('[data-tool="openness-explorer"][data-ready]');
    await page.locator('[data-point="restricted-weights"] .facts').waitFor({ state: 'attached' });
    expect(await page.locator('.point .facts').count()).toBe(5);
    expect(await page.locator('[data-tool="openness-explorer"] [data-no-js]').isVisible()).toBe(false);

    await page.getByRole('radio', { name: 'Weights, restrictive license' }).check();
    const point = page.locator('.point').filter({ visible: true });
    expect(await point.getByRole('heading').allTextContents()).toEqual(['2. Weights, restrictive license']);
    expect(await point.getByRole('link', { name: 'Llama' }).isVisible()).toBe(true);
    expect(await point.getByText('What you cannot do').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, lists every point and says where their facts are', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}${ARTICLE}`);
    const tool = page.locator('[data-tool="openness-explorer"]');
    expect(await tool.locator('.point').getByRole('heading').allTextContents()).toHaveLength(5);
    const note = tool.locator('[data-no-js]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.getByRole('link').getAttribute('href')).toBe('/tools/openness-explorer/');
    await context.close();
  });
});

describe.concurrent('after interaction, at 320 px: no sideways scroll, axe in both themes', () => {
  /** Puts each tool into a state with results, an error or a chosen point. */
  const interact: Record<string, (page: Page) => Promise<void>> = {
    '/tools/memory-calculator/': async (page) => {
      await page.getByLabel('Parameters').fill('abc');
      await page.getByLabel('Parameters').press('Tab');
      await page.getByLabel('Context length').fill('128k');
      await page.getByRole('combobox', { name: 'Precision of the weights' }).selectOption('f16');
      await page.getByText('Model layout, which sets the KV cache').click();
    },
    '/tools/license-checker/': async (page) => {
      await page.getByRole('radio', { name: 'A custom or community license, such as Llama’s or Gemma’s' }).check();
      for (const group of await page.getByRole('group').filter({ hasText: /^\d\. Will|^\d\. Could/ }).all()) {
        await group.getByRole('radio', { name: 'Yes' }).check();
      }
      await page.getByText('What each kind of license usually says').click();
    },
    '/tools/openness-explorer/': async (page) => {
      await page.getByRole('radio', { name: 'Weights, restrictive license' }).check({ force: true });
    },
  };
  // Loaded in the dark theme for every axe rule; then the system turns light, for the colour rules
  // (the themes differ in colour alone: tests/site/themes.test.ts).
  for (const [path, run] of Object.entries(interact)) {
    it(path, async () => {
      const context = await browser().newContext({ colorScheme: 'dark', viewport: { width: 320, height: 640 } });
      const { page, errors } = await watchedPage(context, base);
      await openTool(page, path);
      await run(page);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await axeInBothThemes(page)).toEqual({ dark: [], light: [] });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe.concurrent('inside the articles, at 320 px: inside the window, axe in both themes', () => {
  // Every page gets the whole-page checks (tests/e2e/every-page.test.ts); here each embedded tool is
  // checked on its own, once loaded: it stays inside the viewport and axe finds nothing in it.
  for (const [path, tool] of Object.entries(TOOL_ARTICLES)) {
    it(path, async () => {
      const context = await browser().newContext({ colorScheme: 'dark', viewport: { width: 320, height: 640 } });
      const { page, errors, foreignRequests } = await watchedPage(context, base);
      await page.goto(`${base}${path}`);
      const root = page.locator(`[data-tool="${tool}"]`);
      await root.scrollIntoViewIfNeeded();
      await page.waitForSelector(`[data-tool="${tool}"][data-ready]`);
      const box = await root.evaluate((el) => ({ right: el.getBoundingClientRect().right, inner: el.scrollWidth - el.clientWidth, width: innerWidth }));
      expect(box.right).toBeLessThanOrEqual(box.width);
      expect(box.inner).toBeLessThanOrEqual(0);
      expect(await axeInBothThemes(page, `[data-tool="${tool}"]`)).toEqual({ dark: [], light: [] });
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    });
  }
});
