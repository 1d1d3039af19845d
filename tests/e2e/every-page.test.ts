import { beforeAll, describe, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser';
import { PAGE_TYPES } from '../support/pages';
import { PARALLEL_PAGES, pool, type Pool } from '../support/pool';
import { sweepPaths, visitingPage, type VisitingPage } from '../support/sweep';

const base = inject('baseUrl');
const browser = useBrowser();

/** The pages that run a script file of their own: search, the comparison tool and the tools. */
const SCRIPTED = /^\/(search|models\/compare|tools\/[a-z-]+)\/(\?|$)/;

/** Two pages that visit the same URL: one on a 1280 px screen, one on a 320 px phone. */
interface Lane {
  wide: VisitingPage;
  narrow: VisitingPage;
}

// Each page is loaded twice. At 1280 px in the light theme: axe, then the system theme turns dark,
// the page follows as it does at load, and axe runs again (element for element, the results equal
// those of a page loaded in the dark theme). At 320 px in the dark theme: no sideways scroll, then
// read to the end. Both loads: the page's status, no console error or uncaught exception, no CSP
// violation, no request to another origin, and no script file unless the page has one of its own.
describe.concurrent('every page: axe in both themes, 320 px, CSP, console, own origin, no stray script', () => {
  let lanes: Pool<Lane>;
  beforeAll(async () => {
    lanes = pool(
      await Promise.all(
        Array.from({ length: PARALLEL_PAGES }, async () => ({
          wide: await visitingPage(browser(), base, { viewport: { width: 1280, height: 720 }, colorScheme: 'light', withAxe: true }),
          narrow: await visitingPage(browser(), base, { viewport: { width: 320, height: 640 }, colorScheme: 'dark' }),
        })),
      ),
    );
  });

  for (const path of sweepPaths()) {
    it(path, async ({ expect }) => {
      await lanes.use(async ({ wide, narrow }) => {
        const url = `${base}${path}`;
        await wide.visit(url);
        const light = await axeViolations(wide.page);
        await wide.systemTheme('dark');
        const dark = await axeViolations(wide.page);
        const onScreen = await wide.report();
        await wide.page.emulateMedia({ colorScheme: 'light' });

        await narrow.visit(url);
        const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await narrow.readToEnd();
        const onPhone = await narrow.report();

        expect.soft(light, 'axe, light theme').toEqual([]);
        expect.soft(dark, 'axe, dark theme').toEqual([]);
        expect.soft(overflow, 'px of sideways scroll at 320 px').toBeLessThanOrEqual(0);
        for (const [where, report] of [
          ['1280 px, light then dark', onScreen],
          ['320 px, dark, read to the end', onPhone],
        ] as const) {
          expect.soft(report.status, `HTTP status (${where})`).toBe(path === PAGE_TYPES['not found'] ? 404 : 200);
          expect.soft(report.errors, `console errors (${where})`).toEqual([]);
          expect.soft(report.cspViolations, `CSP violations (${where})`).toEqual([]);
          expect.soft(report.foreignRequests, `requests to other origins (${where})`).toEqual([]);
          if (!SCRIPTED.test(path)) expect.soft(report.scripts, `script files (${where})`).toEqual([]);
        }
      });
    });
  }
});
