import { beforeAll, describe, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser';
import { PAGE_TYPES } from '../support/pages';
import { PARALLEL_PAGES, pool, type Pool } from '../support/pool';
import { sweepPaths, visitContext, type VisitingPage } from '../support/sweep';

const base = inject('baseUrl');
const browser = useBrowser();

/** Two pages that visit the same URL: one on a 1280 px screen, one on a 320 px phone. */
interface Lane {
  wide: VisitingPage;
  narrow: VisitingPage;
}

// Each built page is loaded twice. On a 1280 px screen in the light theme: axe, then the system
// theme turns dark (the page follows it as it does at load) and axe runs again. On a 320 px phone
// in the dark theme: the page must not scroll sideways. In both loads: the page's status, no console
// error or uncaught exception, no CSP violation, no request to another origin.
describe.concurrent('every page: both themes, 320 px and 1280 px, axe, CSP, console, own origin only', () => {
  let lanes: Pool<Lane>;
  beforeAll(async () => {
    const wide = await visitContext(browser(), base, { viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
    const narrow = await visitContext(browser(), base, { viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
    lanes = pool(await Promise.all(Array.from({ length: PARALLEL_PAGES }, async () => ({ wide: await wide.newPage(), narrow: await narrow.newPage() }))));
  });

  for (const path of sweepPaths()) {
    it(path, async ({ expect }) => {
      await lanes.use(async ({ wide, narrow }) => {
        const url = `${base}${path}`;
        const status = path === PAGE_TYPES['not found'] ? 404 : 200;

        const onScreen = await wide.visit(url);
        const light = await axeViolations(wide.page);
        // The theme follows the system's when the reader has not chosen one; axe gives the same
        // results, element for element, as on a page loaded in the dark theme.
        await wide.page.emulateMedia({ colorScheme: 'dark' });
        await wide.page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
        const dark = await axeViolations(wide.page);
        await wide.page.emulateMedia({ colorScheme: 'light' });

        const onPhone = await narrow.visit(url);
        const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

        for (const [where, report] of [
          ['1280 px, light', onScreen],
          ['320 px, dark', onPhone],
        ] as const) {
          expect.soft(report.status, `HTTP status (${where})`).toBe(status);
          expect.soft(report.errors, `console errors (${where})`).toEqual([]);
          expect.soft(report.cspViolations, `CSP violations (${where})`).toEqual([]);
          expect.soft(report.foreignRequests, `requests to other origins (${where})`).toEqual([]);
        }
        expect.soft(light, 'axe, light theme').toEqual([]);
        expect.soft(dark, 'axe, dark theme').toEqual([]);
        expect.soft(overflow, 'px of sideways scroll at 320 px').toBeLessThanOrEqual(0);
      });
    });
  }
});
