import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, readPage } from '../support/dist';

/** Every stylesheet the site serves, and every <style> block of every page, as [where, css]. */
function allCss(): [string, string][] {
  const files = readdirSync(join(DIST, '_astro'))
    .filter((name) => name.endsWith('.css'))
    .map((name): [string, string] => [`_astro/${name}`, readFileSync(join(DIST, '_astro', name), 'utf8')]);
  const blocks = htmlPages().flatMap(({ path, file }) => [...readPage(file).matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((m): [string, string] => [path, m[1] ?? '']));
  return [...files, ...blocks];
}

/** The rules of minified CSS whose selector names a theme, with their declarations. */
function themeRules(css: string): { selector: string; declarations: string }[] {
  return [...css.matchAll(/([^{}]*data-theme=["']?(?:light|dark)["']?[^{}]*)\{([^{}]*)\}/g)].map((m) => ({ selector: (m[1] ?? '').trim(), declarations: m[2] ?? '' }));
}

// The every-page browser sweep runs axe's colour rules alone in the second theme
// (tests/e2e/every-page.test.ts): that holds only while the themes differ in colour and nothing else.
describe('the light and dark themes differ in colour alone', () => {
  const css = allCss();

  it('finds the stylesheets and the theme rules it checks', () => {
    expect(css.length).toBeGreaterThan(0);
    expect(css.flatMap(([, text]) => themeRules(text)).length).toBeGreaterThan(0);
  });

  it('a rule for one theme sets only color-scheme, from which light-dark() picks every colour', () => {
    const other = css.flatMap(([where, text]) =>
      themeRules(text)
        .filter(({ declarations }) => declarations.split(';').some((d) => d.trim() !== '' && !/^color-scheme\s*:/.test(d.trim())))
        .map(({ selector, declarations }) => `${where}: ${selector} { ${declarations} }`),
    );
    expect(other).toEqual([]);
  });

  it('no style asks for the system theme itself: the page follows it through color-scheme', () => {
    expect(css.filter(([, text]) => /prefers-color-scheme/.test(text)).map(([where]) => where)).toEqual([]);
  });

  it('no template styles by Tailwind’s dark: variant', () => {
    expect(css.filter(([, text]) => /\.dark\\:/.test(text)).map(([where]) => where)).toEqual([]);
  });
});
