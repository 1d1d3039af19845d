import { beforeAll, describe, inject, it } from 'vitest';
import { axeInBothThemes } from '../support/axe';
import { useBrowser } from '../support/browser';
import { PAGE_TYPES } from '../support/pages';
import { PARALLEL_PAGES, pool, type Pool } from '../support/pool';
import { sweepPaths, visitingPage, type VisitingPage } from '../support/sweep';

const base = inject('baseUrl');
const browser = useBrowser();

const PHONE = { width: 320, height: 640 };
const SCREEN = { width: 1280, height: 720 };

/** The pages that run a script file of their own: search, the comparison tool and the tools. */
const SCRIPTED = /^\/(search|models\/compare|tools\/[a-z-]+)\/(\?|$)/;

// Each page is loaded once, on a 320 px phone in the dark theme: it must not scroll sideways, and
// is read to the end. Then the screen turns to 1280 px for axe, every rule, and the system theme
// to light for axe's colour rules: the site's layout is CSS alone, its theme follows the system's
// as it does at load, and the themes differ in colour alone, so axe's other rules find in the light
// theme what they found in the dark. From the request on: the page's status, no console error or
// uncaught exception, no CSP violation, no request to another origin, and no script file unless
// the page has one of its own.
describe.concurrent('every page: 320 px, axe in both themes, CSP, console, own origin, no stray script', () => {
  let pages: Pool<VisitingPage>;
  beforeAll(async () => {
    pages = pool(await Promise.all(Array.from({ length: PARALLEL_PAGES }, () => visitingPage(browser(), base, PHONE, 'dark'))));
  });

  for (const path of sweepPaths()) {
    it(path, ({ expect }) =>
      pages.use(async (visiting) => {
        await visiting.visit(`${base}${path}`);
        const overflow = await visiting.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await visiting.readToEnd();
        await visiting.resize(SCREEN);
        const { dark, light } = await axeInBothThemes(visiting.page);
        const report = await visiting.report();

        expect.soft(report.status, 'HTTP status').toBe(path === PAGE_TYPES['not found'] ? 404 : 200);
        expect.soft(overflow, 'px of sideways scroll at 320 px').toBeLessThanOrEqual(0);
        expect.soft(dark, 'axe, dark theme').toEqual([]);
        expect.soft(light, 'axe, light theme (colour rules)').toEqual([]);
        expect.soft(report.errors, 'console errors').toEqual([]);
        expect.soft(report.cspViolations, 'CSP violations').toEqual([]);
        expect.soft(report.foreignRequests, 'requests to other origins').toEqual([]);
        if (!SCRIPTED.test(path)) expect.soft(report.scripts, 'script files').toEqual([]);
      }),
    );
  }
});
