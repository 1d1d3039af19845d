import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from '../support/browser';

const base = inject('baseUrl');
const browser = useBrowser();

describe('a model page', () => {
  it('answers the three questions at a glance, loads no script and fits a 320 px screen', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 700 } });
    const { page, errors } = await watchedPage(context, base);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${base}/models/gemma-4/`, { waitUntil: 'networkidle' });
    const glance = page.getByRole('region', { name: 'At a glance' });
    expect(await glance.getByText('Is Gemma 4 open source?').isVisible()).toBe(true);
    expect(await glance.textContent()).toContain('Yes, under Apache 2.0');
    expect(await glance.textContent()).toMatch(/From [\d.]+ GB \(E2B at 4 bits\)/);
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the memory calculator on the size the reader chose', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await watchedPage(context, base);
    await page.goto(`${base}/models/llama-3-1/`);
    await page.getByRole('link', { name: 'Open in the calculator with Llama 3.1 70B' }).click();
    await page.waitForURL(/\/tools\/memory-calculator\/\?model=llama-3-1-70b$/);
    await page.waitForSelector('[data-tool="memory-calculator"][data-ready]');
    await expect.poll(() => page.locator('[data-field="model"]').inputValue()).toBe('llama-3-1-70b');
    expect(await page.locator('[data-field="parameters"]').inputValue()).toBe('70.6B');

    // A size that is not a preset arrives as its parameter count.
    await page.goto(`${base}/models/gemma-4/`);
    await page.getByRole('link', { name: 'Open in the calculator with Gemma 4 31B' }).click();
    await page.waitForSelector('[data-tool="memory-calculator"][data-ready]');
    await expect.poll(() => page.locator('[data-field="parameters"]').inputValue()).toBe('30.7B');
    expect(await page.locator('[data-field="model"]').inputValue()).toBe('custom');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('comparing models', () => {
  it('shows the chosen releases side by side and keeps the choice in the address', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const { page, errors } = await watchedPage(context, base);
    await page.goto(`${base}/models/compare/?m=llama-4,gemma-4`);
    const table = page.locator('#compare-table table');
    const headers = () => table.locator('thead th:visible').allTextContents();
    await expect.poll(headers).toEqual(['Release', 'Gemma 4', 'Llama 4']);
    await page.getByRole('checkbox', { name: 'Qwen3', exact: true }).check();
    await expect.poll(headers).toEqual(['Release', 'Gemma 4', 'Llama 4', 'Qwen3']);
    expect(page.url()).toMatch(/\?m=gemma-4,llama-4,qwen3$/);
    await page.getByRole('checkbox', { name: 'Phi-4' }).check();
    // Four is the most: the other boxes are disabled.
    expect(await page.getByRole('checkbox', { name: 'Pythia' }).isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Llama 4' }).uncheck();
    await page.getByRole('checkbox', { name: 'Phi-4' }).uncheck();
    await page.getByRole('checkbox', { name: 'Qwen3', exact: true }).uncheck();
    expect(await page.locator('#compare-table').isHidden()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Choose one more release' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers prebuilt comparisons that work without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/models/compare/`);
    expect(await page.locator('#compare-form').isHidden()).toBe(true);
    await page.getByRole('link', { name: 'Llama 4 vs Gemma 4' }).click();
    await page.waitForURL(/\/models\/compare\/llama-4-vs-gemma-4\/$/);
    expect(await page.locator('table thead th').allTextContents()).toEqual(['Release', 'Llama 4', 'Gemma 4']);
    await context.close();
  });
});
