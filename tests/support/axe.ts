import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { switchSystemTheme } from './theme.ts';

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
 * The rules whose results depend on colour: the only ones a change of theme can change, since the
 * themes differ in colour alone (tests/site/themes.test.ts keeps it so).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

interface AxeOptions {
  /** Only the elements matching this selector. */
  scope?: string | undefined;
  /** Only these rules, instead of every rule of the WCAG and best-practice tags. */
  rules?: readonly string[];
}

/**
 * axe's violations on the page, or in the elements matching `scope`, one line each: the rule, its
 * impact, what it asks for and the first three elements. [] when there are none.
 */
export async function axeViolations(page: Page, { scope, rules }: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Summarised in the page: axe's full result describes every rule it ran, and would cross to Node
  // for nothing.
  return page.evaluate(
    async ([runOnly, s]) => {
      const { violations } = await (window as AxeWindow).axe!.run(s ? { include: [[s]] } : document, {
        runOnly,
        // Violations in full; passes and incomplete results keep one element each instead of a
        // selector for every element checked, which takes about 40% off each run.
        resultTypes: ['violations'],
      });
      return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    },
    [rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS }, scope] as const,
  );
}

/**
 * axe in both themes from one load: every rule in the dark theme, then, once the system theme has
 * turned light and the page has followed it, the colour rules. Leaves the page in the light theme.
 */
export async function axeInBothThemes(page: Page, scope?: string): Promise<{ dark: string[]; light: string[] }> {
  await switchSystemTheme(page, 'dark');
  const dark = await axeViolations(page, { scope });
  await switchSystemTheme(page, 'light');
  return { dark, light: await axeViolations(page, { scope, rules: COLOUR_RULES }) };
}
