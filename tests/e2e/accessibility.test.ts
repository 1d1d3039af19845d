import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useBrowser } from '../support/browser';
import { PAGE_TYPES } from '../support/pages';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

describe('axe: WCAG 2.2 A/AA and best practice, zero violations', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      it(`${type} (${theme})`, async () => {
        const context = await browser().newContext({ colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${base}${path}`);
        // Evaluated through the DevTools protocol, which the page's CSP does not govern.
        await page.evaluate(axeSource);
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          }),
        )) as AxeResult;
        const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(summary).toEqual([]);
        await context.close();
      });
    }
  }
});
