import { transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { clientBundle } from './client-bundle';

const minified = new Map<string, Promise<string>>();

/**
 * src/client/<name>.ts, minified into one function for inlining in a page. Inline because it must
 * run before first paint, and because reading pages load no script file; minified because every
 * page that carries it pays for each byte. `define` replaces global names with JSON values.
 */
function inlineScript(name: string, define: () => Promise<Record<string, unknown>> = async () => ({})): Promise<string> {
  let script = minified.get(name);
  if (!script) {
    script = Promise.all([readFile(resolve(`src/client/${name}.ts`), 'utf8'), define()]).then(async ([source, values]) => {
      // Wrapped in a function so its names stay out of the page's global scope; not esbuild's iife
      // format, which would rewrite dynamic import() calls into require().
      const { code } = await transform(`(() => {\n${source}\n})();`, {
        loader: 'ts',
        minify: true,
        target: 'es2022',
        legalComments: 'none',
        charset: 'utf8',
        define: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, JSON.stringify(value)])),
      });
      // "</script" inside the code would end the element early; nothing in it has a reason to say so.
      if (/<\/script/i.test(code)) throw new Error(`src/client/${name}.ts must not contain "</script".`);
      return code.trim();
    });
    minified.set(name, script);
  }
  return script;
}

/** src/client/page-init.ts, in every page's <head>, with the URLs of the modules it loads on demand filled in. */
export const pageInitScript = () =>
  inlineScript('page-init', async () => ({
    SEARCH_DIALOG_URL: (await clientBundle('search-dialog')).url,
    COPY_LINK_URL: (await clientBundle('copy-link')).url,
    SEARCH_LANDING_URL: (await clientBundle('search-landing')).url,
  }));

/** src/client/tool-loader.ts, after each tool's frame. */
export const toolLoaderScript = () => inlineScript('tool-loader');
