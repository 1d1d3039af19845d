import { describe, expect, inject, it } from 'vitest';
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
  it('a cold load of /faq/#slug shows that answer in view and highlighted', async () => {
    const page = await (await browser().newContext({ viewport: { width: 390, height: 800 } })).newPage();
    await page.goto(`${base}/faq/#is-llama-open-source`);
    const heading = page.locator('#is-llama-open-source');
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    const outline = await heading.evaluate((el) => getComputedStyle(el.closest('.faq-answer') as Element).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('copies an answer’s link and says so to everyone', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${base}/faq/`);
    const button = page.getByRole('button', { name: 'Copy link to the answer to “Is Llama open source?”' });
    await button.click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/faq/#is-llama-open-source`);
    expect(await button.textContent()).toContain('Copied');
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
