import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS, TEST_CHROMIUM } from '../../scripts/lib/chromium.ts';

/**
 * No host but this machine resolves, so a request to another origin fails in the browser itself.
 * The tests see such requests as they are made (page.on('request')) rather than intercepting every
 * request, which would send each one through Node and turn off the browser's cache.
 */
const ONLY_THIS_MACHINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(TEST_CHROMIUM)) throw new Error(`Chromium not found at ${TEST_CHROMIUM}: install it with "apt-get install -y chromium-headless-shell" or set CHROMIUM_PATH.`);
  return chromium.launch({ executablePath: TEST_CHROMIUM, args: [...CHROMIUM_FLAGS, ONLY_THIS_MACHINE] });
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
 * A page that records console errors, CSP violations and any request to another origin (which
 * fails: launchBrowser lets no other host resolve).
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
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { page, errors, cspViolations, foreignRequests };
}

/**
 * A page alone in a new context, opened at `url` when one is given. Pages that work at the same
 * time each need a context of their own: a second page in a context is a background tab, whose
 * frames (and so requestAnimationFrame) Chromium slows to about one a second.
 */
export async function pageOfItsOwn(browser: Browser, url?: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  if (url) await page.goto(url);
  return page;
}

let shared: Promise<Browser> | undefined;

/**
 * The worker's Chromium, for the test files it runs one after another (tests/vitest.config.ts
 * reuses workers): started by the first file's beforeAll, left with no page open after each file,
 * and stopped with the worker. Call it at the top of the file; the returned function gives the
 * running browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    shared ??= launchBrowser();
    browser = await shared;
  });
  afterAll(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  return () => {
    if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test or hook.');
    return browser;
  };
}
