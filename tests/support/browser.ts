import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS, TEST_CHROMIUM } from '../../scripts/lib/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(TEST_CHROMIUM)) throw new Error(`Chromium not found at ${TEST_CHROMIUM}: install it with "apt-get install -y chromium-headless-shell" or set CHROMIUM_PATH.`);
  return chromium.launch({ executablePath: TEST_CHROMIUM, args: CHROMIUM_FLAGS });
}

export interface PageWatch {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
  cspViolations: string[];
  /** Requests that left the site's own origin. */
  foreignRequests: string[];
}

interface CspReporter {
  reportCspViolation(report: string): void;
}

/**
 * A page that records console errors, CSP violations and any request to another origin (which it
 * also blocks).
 */
export async function watchedPage(context: BrowserContext, baseUrl: string): Promise<PageWatch> {
  const page = await context.newPage();
  const errors: string[] = [];
  const cspViolations: string[] = [];
  const foreignRequests: string[] = [];
  await page.exposeBinding('reportCspViolation', (_source, report: string) => {
    cspViolations.push(report);
  });
  await page.addInitScript(() => {
    // Capture on window: violations are dispatched at the element or the document and pass through it.
    addEventListener(
      'securitypolicyviolation',
      (e) => {
        const where = e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : '';
        (window as unknown as CspReporter).reportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}${where}`);
      },
      true,
    );
  });
  const origin = new URL(baseUrl).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, errors, cspViolations, foreignRequests };
}

/**
 * One Chromium for a whole test file, started before its tests and closed after them. Call it at
 * the top of the file; the returned function gives the running browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test or hook.');
    return browser;
  };
}
