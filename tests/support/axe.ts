import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What every axe check runs: WCAG 2.2 A and AA and axe's best practice, no rule left out. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeWindow {
  axe?: { run: (context: unknown, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> };
}

/**
 * Gives every page the context opens axe-core before its own scripts run, sent to the browser once.
 * It arrives through the DevTools protocol, which the page's CSP does not govern.
 */
export const addAxe = (context: BrowserContext) => context.addInitScript(AXE_SOURCE);

/**
 * axe's violations on the page, or in the elements matching `scope`, one line each: the rule, its
 * impact, what it asks for and the first three elements. [] when there are none.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate(
    ([tags, s]) =>
      (window as AxeWindow).axe!.run(s ? { include: [[s]] } : document, {
        runOnly: { type: 'tag', values: tags },
        // Violations in full; passes and incomplete results keep one element each instead of a
        // selector for every element checked, which takes about 40% off each run.
        resultTypes: ['violations'],
      }),
    [AXE_TAGS, scope] as const,
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
