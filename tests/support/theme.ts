import type { Page } from 'playwright-core';

export type Theme = 'light' | 'dark';

/**
 * Turns the system's colour scheme to `theme` and waits until the page has followed it, as it does
 * at load (its inline script sets data-theme on <html> from the system's choice).
 */
export async function switchSystemTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate(
    (t) =>
      new Promise<void>((resolve) => {
        const root = document.documentElement;
        if (root.dataset['theme'] === t) return resolve();
        const watcher = new MutationObserver(() => root.dataset['theme'] === t && (watcher.disconnect(), resolve()));
        watcher.observe(root, { attributeFilter: ['data-theme'] });
      }),
    theme,
  );
}
