import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { clientBundle } from './client-bundle';

let pageInit: Promise<string> | undefined;

/**
 * src/scripts/page-init.ts, minified into one function for inlining in every page's <head>, with
 * the search dialog's URL filled in. Inline because it must run before first paint (the theme)
 * and because reading pages load no script file; minified because every page carries it.
 */
export function pageInitScript(): Promise<string> {
  pageInit ??= Promise.all([readFile(resolve('src/scripts/page-init.ts'), 'utf8'), clientBundle('search-dialog')]).then(async ([source, dialog]) => {
    // Wrapped in a function so its names stay out of the page's global scope; not esbuild's iife
    // format, which would rewrite the dynamic import() calls into require().
    const { code } = await transform(`(() => {\n${source}\n})();`, {
      loader: 'ts',
      minify: true,
      target: 'es2022',
      legalComments: 'none',
      charset: 'utf8',
      define: { SEARCH_DIALOG_URL: JSON.stringify(dialog.url) },
    });
    // "</script" inside the code would end the element early; nothing in it has a reason to say so.
    if (/<\/script/i.test(code)) throw new Error('src/scripts/page-init.ts must not contain "</script".');
    return code.trim();
  });
  return pageInit;
}
