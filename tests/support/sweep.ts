import type { Browser, Page, Request, ViewportSize } from 'playwright-core';
import { addAxe } from './axe.ts';
import { htmlPages } from './dist.ts';
import { PAGE_TYPES } from './pages.ts';
import type { Theme } from './theme.ts';

/**
 * The machinery of the every-page sweep (tests/e2e/every-page.test.ts): a page that is reused from
 * one visit to the next and says, for each visit, what went wrong from the request on.
 */

/** Every page in dist/, and the sample URLs of tests/support/pages.ts that no file is (a query, a 404). */
export function sweepPaths(): string[] {
  return [...new Set([...htmlPages().map((p) => p.path), ...Object.values(PAGE_TYPES)])];
}

/** What a page did from the request for it until it settled. */
export interface VisitReport {
  /** The HTTP status of the page itself. */
  status: number;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
  cspViolations: string[];
  /** Requests that left the site's own origin (blocked). */
  foreignRequests: string[];
  /** The script files it requested, as paths. */
  scripts: string[];
}

export interface VisitingPage {
  page: Page;
  /** Loads `url` on the screen and in the theme the page was opened with, and waits until it has settled. */
  visit(url: string): Promise<void>;
  /** Scrolls to the end, as a reader who reads the whole page, and waits until the page has settled. */
  readToEnd(): Promise<void>;
  /** Goes back to the top, turns the screen to `size` and waits until the page has settled. */
  resize(size: ViewportSize): Promise<void>;
  /** What the page did since `visit` began. */
  report(): Promise<VisitReport>;
}

interface CspLog {
  cspViolations?: string[];
}

/**
 * A page for visits with axe-core, alone in a context of its own: a page that shares its context
 * with another is a background tab, whose frames (and so requestAnimationFrame) Chromium may slow to
 * one a second. A CSP violation recorder runs in it before the page's own scripts; a request to
 * another origin fails (launchBrowser lets no other host resolve) and is reported.
 */
export async function visitingPage(browser: Browser, baseUrl: string, viewport: ViewportSize, colorScheme: Theme): Promise<VisitingPage> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport, colorScheme });
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
  return watch(await context.newPage(), origin, viewport, colorScheme);
}

function watch(page: Page, origin: string, viewport: ViewportSize, colorScheme: Theme): VisitingPage {
  const fresh = (): VisitReport => ({ status: 0, errors: [], cspViolations: [], foreignRequests: [], scripts: [] });
  let report = fresh();
  let documentUrl = '';
  let size = viewport;
  const inFlight = new Set<Request>();
  page.on('console', (msg) => {
    // A page served with an error status (the 404 page) logs that status; the report has it as `status`.
    if (msg.type() !== 'error' || (msg.location().url === documentUrl && msg.text().startsWith('Failed to load resource'))) return;
    report.errors.push(msg.text());
  });
  page.on('pageerror', (err) => report.errors.push(err.message));
  page.on('request', (r) => {
    inFlight.add(r);
    const url = new URL(r.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') report.foreignRequests.push(r.url());
    else if (r.resourceType() === 'script') report.scripts.push(url.pathname);
  });
  const done = (r: Request) => inFlight.delete(r);
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  /**
   * Waits until the page has done what it does by itself: two frames have passed (in which
   * IntersectionObservers report, so a tool near the viewport starts loading), every tool that
   * started loading is ready (or says that it failed), and no request is in flight. Repeated until
   * all of that holds at once, so that a request made by a script another request brought in is
   * waited for too.
   */
  async function settle() {
    for (;;) {
      await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const toolsSettled = () =>
          [...document.querySelectorAll('[data-tool][data-loading]')].every((tool) => tool.hasAttribute('data-ready') || tool.querySelector<HTMLElement>('[data-tool-failed]')?.hidden === false);
        // Checked when the document changes rather than at every frame, which would keep the page drawing.
        await new Promise<void>((resolve) => {
          if (toolsSettled()) return resolve();
          const watcher = new MutationObserver(() => toolsSettled() && (watcher.disconnect(), resolve()));
          watcher.observe(document, { subtree: true, childList: true, attributes: true });
        });
      });
      if (inFlight.size === 0) return;
      await Promise.all([...inFlight].map((r) => r.response().then((res) => res?.finished())));
    }
  }

  async function setSize(next: ViewportSize) {
    if (next.width !== size.width || next.height !== size.height) await page.setViewportSize(next);
    size = next;
  }

  return {
    page,
    async visit(url) {
      await setSize(viewport);
      // Back to the theme it was opened with, whichever the last visit's checks left.
      await page.emulateMedia({ colorScheme });
      report = fresh();
      documentUrl = url;
      inFlight.clear();
      report.status = (await page.goto(url))?.status() ?? 0;
      await settle();
    },
    async readToEnd() {
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await settle();
    },
    async resize(next) {
      await page.evaluate(() => scrollTo(0, 0));
      await setSize(next);
      await settle();
    },
    async report() {
      return { ...report, cspViolations: await page.evaluate(() => (window as CspLog).cspViolations ?? []) };
    },
  };
}
