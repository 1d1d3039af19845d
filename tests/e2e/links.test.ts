import { describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBrowser } from '../support/browser';

const base = inject('baseUrl');
const browser = useBrowser();

describe('glossary previews in articles', () => {
  it('links the first mention of terms, and a keyboard user reads the definition on focus', async () => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${base}/articles/quantization/`);
    const termLinks = page.locator('article .term > a');
    expect(await termLinks.count()).toBeGreaterThanOrEqual(5);
    const hrefs = await termLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).not.toContain(null);
    // Not inside headings or code.
    expect(await page.locator('article :is(h1, h2, h3, pre, code) .term').count()).toBe(0);

    const link = termLinks.first();
    const tipId = await link.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    expect(await tip.isVisible()).toBe(false);
    // A screen reader hears the preview as the link's description, shown or not.
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'article .term > a' })) as { nodeId: number };
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as { nodes: { description?: { value: string } }[] };
    expect(nodes[0]?.description?.value).toBe((await tip.textContent())?.trim());
    await link.focus();
    expect(await tip.isVisible()).toBe(true);
    const slug = (await link.getAttribute('href'))?.split('/')[2];
    const definition = await (await browser().newContext()).newPage().then(async (p) => {
      await p.goto(`${base}/glossary/${slug}/`);
      return p.locator('.definition').textContent();
    });
    expect(await tip.textContent()).toContain(definition?.trim());
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
  });
});

describe('FAQ links', () => {
  const transparent = 'rgba(0, 0, 0, 0)';

  it('a cold load of an old /faq/#slug link lands on that question, marked, with its short answer and a link to its page', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/faq/#is-llama-open-source`);
    const item = page.locator('#is-llama-open-source');
    await expect.poll(() => item.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    const box = await item.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    // The whole item, short answer included, is on the first screen.
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(800);
    expect(await item.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(transparent);
    expect(await page.locator('#are-open-weights-free').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(transparent);
    expect(await item.locator('p').textContent()).toMatch(/^No: Meta publishes Llama/);
    await item.getByRole('link', { name: 'Is Llama open source?' }).click();
    await page.waitForURL(`${base}/faq/is-llama-open-source/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Is Llama open source?');
    await context.close();
  });

  it('lists every question with its short answer and a link to its own page', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${base}/faq/`);
    const items = await page.locator('main li[id]').evaluateAll((lis) =>
      lis.map((li) => ({ id: li.id, href: li.querySelector('h3 a')?.getAttribute('href'), short: li.querySelector('p')?.textContent ?? '' })),
    );
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items.filter((i) => i.href !== `/faq/${i.id}/` || i.short.length < 60)).toEqual([]);
    await context.close();
  });

  it('copies the answer page’s address, from a control beside the question, on the list and on the answer’s page', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const copied = () => page.evaluate(() => navigator.clipboard.readText());
    const expectBeside = async (button: Locator, question: Locator) => {
      const [b, q] = [await button.boundingBox(), await question.boundingBox()];
      expect(b && q && b.y < q.y + q.height && b.y + b.height > q.y, 'the copy control shares a line with the question').toBe(true);
    };
    await page.goto(`${base}/faq/`);
    const item = page.locator('#is-llama-open-source');
    const button = item.getByRole('button', { name: 'Copy link to the answer to “Is Llama open source?”' });
    await expectBeside(button, item.getByRole('heading'));
    await button.click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
    expect(await copied()).toBe(`${base}/faq/is-llama-open-source/`);
    expect(await button.textContent()).toContain('Copied');

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.goto(`${base}/faq/can-i-run-an-open-model-on-my-laptop/`);
    const own = page.getByRole('button', { name: 'Copy link to this answer' });
    // Under the question, before the answer: not after an answer that can run to a few screens.
    const answerTop = await page.locator('.answer > p').first().evaluate((el) => el.getBoundingClientRect().top);
    expect((await own.boundingBox())?.y).toBeLessThan(answerTop);
    await own.click();
    await expect.poll(copied).toBe(`${base}/faq/can-i-run-an-open-model-on-my-laptop/`);
    await context.close();
  });

  it('can be scanned: several questions with their answers on the first two screens, the whole list in a few', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/faq/`);
    const { shown, height } = await page.evaluate(() => ({
      shown: [...document.querySelectorAll('main li[id]')].filter((li) => li.getBoundingClientRect().bottom <= 2 * innerHeight).length,
      height: document.documentElement.scrollHeight,
    }));
    // With every full answer on it, the page was 35 screens and its first two held none of them.
    expect(shown).toBeGreaterThanOrEqual(6);
    expect(height).toBeLessThanOrEqual(8 * 800);

    // On a phone the copy control is an icon, still a full-size target beside the question.
    await page.setViewportSize({ width: 360, height: 740 });
    const button = page.locator('#can-i-fine-tune-an-open-weight-model').getByRole('button', { name: /^Copy link/ });
    const box = await button.boundingBox();
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
    expect(box && box.width < 60).toBe(true);
    await context.close();
  });

  it('on /faq/ at 320 px, a refused clipboard shows the answer page’s address under the question, inside the screen', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const page = await context.newPage();
    await page.goto(`${base}/faq/#is-llama-open-source`);
    await page.locator('#is-llama-open-source').getByRole('button', { name: /^Copy link/ }).click();
    const field = page.getByRole('textbox', { name: 'Link to copy' });
    expect(await field.inputValue()).toBe(`${base}/faq/is-llama-open-source/`);
    const box = await field.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('falls back to a selected URL when the clipboard is refused', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const page = await context.newPage();
    await page.goto(`${base}/glossary/lora/`);
    await page.getByRole('button', { name: /Copy link to the term LoRA/ }).click();
    const field = page.getByRole('textbox', { name: 'Link to copy' });
    expect(await field.inputValue()).toBe(`${base}/glossary/lora/`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Link to copy');
    expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement).selectionEnd)).toBeTruthy();
    await context.close();
  });

  it('a heading link copies the section URL', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${base}/articles/quantization/`);
    const anchor = page.getByRole('link', { name: 'Copy link to this section' }).first();
    const href = await anchor.getAttribute('href');
    await anchor.focus();
    await page.keyboard.press('Enter');
    // The copying module loads when the control is focused; the copy follows the key press.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/articles/quantization/${href}`);
    expect(page.url()).toBe(`${base}/articles/quantization/${href}`);
    await context.close();
  });
});
