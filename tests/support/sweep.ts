import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { addAxe } from './axe.ts';
import { htmlPages } from './dist.ts';
import { PAGE_TYPES } from './pages.ts';

/**
 * The machinery of the every-page sweep (tests/e2e/every-page.test.ts): contexts whose pages are
 * reused from one visit to the next and say, for each visit, what went wrong while it loaded.
 */

/** Every page in dist/, and the sample URLs of tests/support/pages.ts that no file is (a query, a 404). */
export function sweepPaths(): string[] {
  return [...new Set([...htmlPages().map((p) => p.path), ...Object.values(PAGE_TYPES)])];
}

/** What one visit saw, from the request for the page until it settled. */
export interface VisitReport {
  /** The HTTP status of the page itself. */
  status: number;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
  cspViolations: string[];
  /** Requests that left the site's own origin (blocked). */
  foreignRequests: string[];
}

export interface VisitingPage {
  page: Page;
  /** Loads `url`, waits until it has settled (see settle) and reports what happened meanwhile. */
  visit(url: string): Promise<VisitReport>;
}

interface CspLog {
  cspViolations?: string[];
}

/**
 * A context for visits: axe-core and a CSP violation recorder in each of its pages before the
 * page's own scripts, and every request to another origin blocked. `pages()` opens pages in it.
 */
export async function visitContext(browser: Browser, baseUrl: string, options: BrowserContextOptions) {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext(options);
  await addAxe(context);
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as CspLog).cspViolations = log;
    // Captured on window: violations are dispatched at the element or the document and pass through it.
    addEventListener(
      'securitypolicyviolation',
      (e) => log.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`),
      true,
    );
  });
  const foreign = (url: URL) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:';
  if (!process.env['NOROUTE']) await context.route(foreign, (route) => route.abort());
  return { context, newPage: () => visitingPage(context.newPage(), origin) };
}

async function visitingPage(opening: Promise<Page>, origin: string): Promise<VisitingPage> {
  const page = await opening;
  let report: VisitReport = { status: 0, errors: [], cspViolations: [], foreignRequests: [] };
  let documentUrl = '';
  const inFlight = new Set<Request>();
  page.on('console', (msg) => {
    // A page served with an error status (the 404 page) logs that status; the visit reports it as `status`.
    if (msg.type() !== 'error' || (msg.location().url === documentUrl && msg.text().startsWith('Failed to load resource'))) return;
    report.errors.push(msg.text());
  });
  page.on('pageerror', (err) => report.errors.push(err.message));
  page.on('request', (r) => {
    inFlight.add(r);
    if (!r.url().startsWith(`${origin}/`) && !/^(data|blob):/.test(r.url())) report.foreignRequests.push(r.url());
  });
  const done = (r: Request) => inFlight.delete(r);
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  /**
   * Waits until the page has done what it does by itself: two frames have passed (in which
   * IntersectionObservers report, so a tool near the viewport starts loading), every tool that
   * started loading is ready (or shows that it failed), and no request is in flight. Repeated until
   * all three hold at once, so that a request started by a script that another request brought in
   * is waited for too.
   */
  async function settle() {
    for (;;) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-tool][data-loading]')].every((tool) => tool.hasAttribute('data-ready') || tool.querySelector<HTMLElement>('[data-tool-failed]')?.hidden === false),
      );
      if (inFlight.size === 0) return;
      await Promise.all([...inFlight].map((r) => r.response().then((res) => res?.finished())));
    }
  }

  return {
    page,
    async visit(url) {
      report = { status: 0, errors: [], cspViolations: [], foreignRequests: [] };
      documentUrl = url;
      inFlight.clear();
      const response = await page.goto(url);
      report.status = response?.status() ?? 0;
      await settle();
      report.cspViolations = await page.evaluate(() => (window as CspLog).cspViolations ?? []);
      return report;
    },
  };
}
