import { describe, expect, inject, it } from 'vitest';
import { readCspReports } from '../../scripts/nginx-server.ts';
import { useBrowser, watchedPage } from '../support/browser';
import { PAGE_TYPES } from '../support/pages';

const base = inject('baseUrl');
const cspReportLog = inject('cspReportLog');
const browser = useBrowser();

describe('Content-Security-Policy in the browser', () => {
  it('blocks an inline script that the build did not produce; the watcher and the server’s report log see it', async () => {
    const context = await browser().newContext();
    const { page, cspViolations } = await watchedPage(context, base);
    await page.goto(`${base}${PAGE_TYPES.article}`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran"';
      document.head.append(script);
    });
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]).toMatch(/^script-src-elem blocked inline/);
    expect(await page.evaluate(() => document.documentElement.dataset['injected'])).toBeUndefined();
    // The browser's own report, as production would log it.
    const fromThisPage = async () =>
      (await readCspReports(cspReportLog)).map(({ report }) => (report as { 'csp-report': Record<string, string> })['csp-report']).filter((r) => r['document-uri'] === `${base}${PAGE_TYPES.article}`);
    await expect.poll(fromThisPage).toEqual([expect.objectContaining({ 'blocked-uri': 'inline', 'effective-directive': 'script-src-elem' })]);
    await context.close();
  });

  it('lets Pagefind compile its WebAssembly and answer a query, with no violation', async () => {
    const context = await browser().newContext();
    const { page, errors, cspViolations, foreignRequests } = await watchedPage(context, base);
    await page.goto(`${base}${PAGE_TYPES.search}`);
    // A string, so that Vite leaves this import() alone: it runs in the page, not in Node.
    const first: { count: number; url?: string } = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('quantization');
      const data = await search.results[0]?.data();
      return { count: search.results.length, url: data?.url };
    })()`);
    expect(first.count).toBeGreaterThan(0);
    expect(first.url).toMatch(/^\/(articles|glossary|faq)\//);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
